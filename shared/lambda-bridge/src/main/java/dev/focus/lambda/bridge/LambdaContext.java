package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.time.Duration;
import java.util.UUID;

/** The {@code Context} of one invocation: a fresh request id and a deadline counted from the start of the call. */
record LambdaContext(String awsRequestId, String functionName, int memoryLimitInMB, long deadlineNanos)
        implements Context {

    private static final LambdaLogger LOGGER = new StderrLambdaLogger();

    static LambdaContext start(String functionName, int memoryMb, Duration timeout) {
        return new LambdaContext(UUID.randomUUID().toString(), functionName, memoryMb, System.nanoTime() + timeout.toNanos());
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + awsRequestId.substring(0, 8);
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:local:000000000000:function:" + functionName;
    }

    /** Null, as for every invocation that does not come from the Mobile SDK. */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    /** Null, as for every invocation that does not come from the Mobile SDK. */
    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryLimitInMB;
    }

    @Override
    public LambdaLogger getLogger() {
        return LOGGER;
    }
}
