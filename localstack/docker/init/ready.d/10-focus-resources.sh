#!/bin/sh
# Creates in LocalStack what dev.focus.resources.FocusResources defines (DockerInitHookTest keeps the two in step).
set -eu

awslocal dynamodb create-table --table-name focus \
  --billing-mode PAY_PER_REQUEST \
  --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=S \
                          AttributeName=gsi1pk,AttributeType=S AttributeName=gsi1sk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE \
  --global-secondary-indexes \
    'IndexName=gsi1,KeySchema=[{AttributeName=gsi1pk,KeyType=HASH},{AttributeName=gsi1sk,KeyType=RANGE}],Projection={ProjectionType=ALL}'
awslocal dynamodb update-time-to-live --table-name focus \
  --time-to-live-specification Enabled=true,AttributeName=expires_at

# logical queue name, visibility timeout (s), max receives before the dead-letter queue, and "fifo" for a FIFO
# queue (SQS names it and its dead-letter queue with a .fifo suffix)
create_queue() {
  suffix=""; fifo=""
  if [ "${4:-}" = "fifo" ]; then
    suffix=".fifo"; fifo='"FifoQueue":"true","ContentBasedDeduplication":"false",'
  fi
  dlq_url=$(awslocal sqs create-queue --queue-name "$1-dlq$suffix" --attributes "{${fifo%,}}" \
    --query QueueUrl --output text)
  dlq_arn=$(awslocal sqs get-queue-attributes --queue-url "$dlq_url" --attribute-names QueueArn \
    --query Attributes.QueueArn --output text)
  awslocal sqs create-queue --queue-name "$1$suffix" --attributes \
    "{$fifo\"VisibilityTimeout\":\"$2\",\"RedrivePolicy\":\"{\\\"deadLetterTargetArn\\\":\\\"$dlq_arn\\\",\\\"maxReceiveCount\\\":\\\"$3\\\"}\"}"
}
create_queue user-events 60 5
create_queue user-status 60 5
create_queue timer-triggers 60 5
create_queue room-events 60 5 fifo
create_queue user-pushes 60 5
create_queue focus-sessions 60 5

awslocal ses verify-email-identity --email-address no-reply@focus.local
