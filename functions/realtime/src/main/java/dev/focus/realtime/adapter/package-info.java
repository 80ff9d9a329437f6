/** Lambda handlers of the WebSocket API and of the realtime queues, and the client protocol between them and the use cases. */
package dev.focus.realtime.adapter;
