/**
 * What every Focus API document says beyond what micronaut-openapi reads from a controller: the kernel answers
 * every error as problem+json, refuses malformed JSON, bodies sent as another media type and unreadable parameters.
 * {@link ApplyHouseConventions} adds that to each generated document during the function's build and fails the
 * build on what OpenAPI forbids or a client could not use (two path templates that differ only in a variable's
 * name, an operation without an id, a success answer without its schema).
 */
package dev.focus.openapi;
