/**
 * The realtime context: the WebSocket API's handler ({@code $connect}, {@code $disconnect} and the client actions)
 * and the worker that posts room events and per-user pushes to the connections through
 * {@link dev.focus.broadcast.Broadcaster}. The protocol is documented for client developers in docs/websocket.md.
 */
package dev.focus.realtime;
