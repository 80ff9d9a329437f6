/**
 * DynamoDB access: one {@link software.amazon.awssdk.services.dynamodb.DynamoDbClient} built by
 * {@link dev.focus.aws.AwsClients} (endpoint override only when {@code focus.dynamodb.endpoint} is set) and the
 * table name from {@link dev.focus.dynamodb.DynamoDbSettings}; nothing else differs between local and AWS.
 */
package dev.focus.dynamodb;
