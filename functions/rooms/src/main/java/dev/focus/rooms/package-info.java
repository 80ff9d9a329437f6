/**
 * The rooms context: rooms, participants and the server-owned pomodoro timer (functions rooms and rooms-worker,
 * one jar). model and application are plain Java; adapter holds DynamoDB, SQS and the worker handler; api the
 * HTTP controllers; view the JSON shapes shared by responses and room events.
 */
package dev.focus.rooms;
