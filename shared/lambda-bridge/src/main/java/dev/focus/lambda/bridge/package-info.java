/**
 * Runs a Lambda handler the way the Lambda Java runtime does: builds the handler from its name, turns
 * the event JSON into the handler's input type with the runtime's own serializers
 * (aws-lambda-java-serialization), hands it a real {@code Context}, and turns the output back into JSON.
 * <p>
 * Everything here is loaded <em>inside</em> a function's class loader (beside its deployment jar), so it
 * only sees the function's classes; the host talks to it with strings only.
 */
package dev.focus.lambda.bridge;
