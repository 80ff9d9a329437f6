/**
 * AWS at the edge: how every SDK client of every function is built ({@link dev.focus.aws.AwsClients}), so the
 * only thing that differs between the local stack and AWS is configuration.
 */
package dev.focus.aws;
