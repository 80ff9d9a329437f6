package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.nio.charset.StandardCharsets;

/** Writes what the handler logs to stderr, where the Lambda runtime would send it to CloudWatch. */
final class StderrLambdaLogger implements LambdaLogger {

    @Override
    public void log(String message) {
        System.err.print(message);
        System.err.flush();
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
