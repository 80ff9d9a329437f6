/**
 * The API kernel every Focus function shares: RFC 9457 problem+json errors with stable codes, sortable ids,
 * the injected clock, opaque cursor pagination, the house JSON conventions (snake_case, ISO-8601 instants)
 * and the fix for micronaut-function-aws registering a Lambda {@code Context} singleton per invocation.
 */
package dev.focus.kernel;
