/**
 * The local stack: one process that starts the emulators (DynamoDB Local, ElasticMQ, PostgreSQL, SES), hosts
 * each function's deployment jar in its own class loader, and puts a local API Gateway in front of them that
 * routes like an HTTP API, sends payload 2.0 events to the real handlers, plays API Gateway's WebSocket API and its
 * Management API ({@link dev.focus.localstack.WebSocketGateway}), serves Swagger UI at {@code /docs} and
 * the sent emails at {@code /_local/emails}, and feeds each queue's consumer function as Lambda's SQS event source
 * does ({@link dev.focus.localstack.EventSources}). {@link dev.focus.localstack.LocalStack} is the entry point.
 */
package dev.focus.localstack;
