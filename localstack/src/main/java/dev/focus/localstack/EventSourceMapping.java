package dev.focus.localstack;

/**
 * What a Lambda event source mapping holds: the queue that feeds a function, and in batches of how many.
 * Batches above 10 need a batching window on AWS, which the local event source does not have.
 */
record EventSourceMapping(String queueName, String queueUrl, String queueArn, int batchSize, String functionName) {

    /** One ReceiveMessage returns at most 10 messages. */
    static final int MAX_BATCH_SIZE = 10;

    EventSourceMapping {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("Queue " + queueName + " has batch size " + batchSize
                    + "; the local event source reads batches of 1 to " + MAX_BATCH_SIZE);
        }
    }

    /** The region part of {@code arn:aws:sqs:<region>:<account>:<name>}, as Lambda puts it in {@code awsRegion}. */
    String region() {
        String[] parts = queueArn.split(":", 6);
        if (parts.length != 6 || !parts[2].equals("sqs")) {
            throw new IllegalStateException("Not an SQS queue ARN: " + queueArn);
        }
        return parts[3];
    }
}
