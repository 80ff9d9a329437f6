/**
 * The API fuzzing suite: requests generated (jqwik) from the OpenAPI documents the local stack serves, valid and
 * invalid ones for every operation, sent through the local gateway by signed-in users. It knows no route by name,
 * so a context added later is fuzzed as soon as its document is served.
 */
package dev.focus.localstack.fuzz;
