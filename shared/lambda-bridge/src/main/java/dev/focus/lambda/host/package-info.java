/**
 * Hosting Lambda deployment jars as Lambda does, from a test or the local stack: in this JVM, each jar in
 * its own class loader under the platform loader ({@link dev.focus.lambda.host.IsolatedFunction}), or in a
 * fresh JVM per cold start ({@link dev.focus.lambda.host.FreshJvm}). Only JSON strings cross the boundary.
 */
package dev.focus.lambda.host;
