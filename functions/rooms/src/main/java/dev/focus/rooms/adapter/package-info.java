/**
 * The rooms adapters: DynamoDB (one item per room with its timer, participants in the room's partition; keys in
 * {@link dev.focus.rooms.adapter.Keys}), SQS (wake-ups delayed to phase ends and to the ends of empty rooms' graces, room events, focus sessions) and
 * the worker handler. Wired in {@link dev.focus.rooms.adapter.RoomsWiring}.
 */
package dev.focus.rooms.adapter;
