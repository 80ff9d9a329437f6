/**
 * The one source of truth for every AWS resource Focus uses: the table, the queues, the functions and the
 * routes that reach them, and the settings each function reads. The CDK app, the local stack and the test
 * kit all build from these definitions; nothing is listed twice. Plain Java, no AWS or Micronaut types.
 */
package dev.focus.resources;
