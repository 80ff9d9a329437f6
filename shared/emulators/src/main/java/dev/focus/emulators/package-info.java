/**
 * Local stand-ins for the AWS services Focus uses, all without Docker: DynamoDB Local and ElasticMQ in this JVM,
 * a real PostgreSQL from the zonky binaries (through {@code unshare -U} when running as root), a small SES v2
 * emulator, and the API Gateway HTTP API payload 2.0 translation. {@link dev.focus.emulators.LocalCloud} starts
 * them together for the local stack and the test kit. Plain Java: no Micronaut here.
 */
package dev.focus.emulators;
