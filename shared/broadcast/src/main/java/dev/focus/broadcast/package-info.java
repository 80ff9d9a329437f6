/**
 * Real-time delivery shared by every context: WebSocket connections and room subscriptions kept in DynamoDB
 * ({@link dev.focus.broadcast.Connections}), and the {@link dev.focus.broadcast.Broadcaster} that posts a message to
 * every connection watching a room, or to every connection of a user, through the API Gateway Management API.
 */
package dev.focus.broadcast;
