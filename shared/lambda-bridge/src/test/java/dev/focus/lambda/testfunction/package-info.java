/**
 * Tiny handlers that the tests pack into a jar at test time and load in their own class loader,
 * as a deployment jar would be. Nothing in the tests calls them directly.
 */
package dev.focus.lambda.testfunction;
