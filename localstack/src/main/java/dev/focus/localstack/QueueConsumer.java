package dev.focus.localstack;

/**
 * The function an event source feeds: Lambda's SQS event in, the function's response out, JSON both ways, as
 * through the Lambda runtime. The stack passes {@link dev.focus.lambda.host.IsolatedFunction#invoke}; tests pass
 * a lambda.
 */
@FunctionalInterface
interface QueueConsumer {

    /** @throws RuntimeException when the function threw: the whole batch failed */
    String handle(String sqsEventJson);
}
