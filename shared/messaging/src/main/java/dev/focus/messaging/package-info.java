/**
 * Messaging ports and their AWS adapters: {@link dev.focus.messaging.DomainEventPublisher} (SQS; queue URL from
 * {@code focus.queues.<queue>.url}, endpoint override {@code focus.sqs.endpoint}) and
 * {@link dev.focus.messaging.EmailSender} (SES v2; {@code focus.ses.endpoint}, sender {@code focus.email.from}).
 * The SDK clients are made on first use and then kept (url-connection client, nothing else), so a function that
 * never sends pays nothing at cold start.
 */
package dev.focus.messaging;
