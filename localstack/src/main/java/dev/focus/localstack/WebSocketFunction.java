package dev.focus.localstack;

/**
 * The function behind the WebSocket API: an API Gateway WebSocket event in, the Lambda proxy response out, JSON
 * both ways, as through the Lambda runtime. The stack passes {@link dev.focus.lambda.host.IsolatedFunction#invoke};
 * tests pass a lambda.
 */
@FunctionalInterface
interface WebSocketFunction {

    /** @throws dev.focus.lambda.host.FunctionInvocationException when the function threw */
    String invoke(String eventJson);
}
