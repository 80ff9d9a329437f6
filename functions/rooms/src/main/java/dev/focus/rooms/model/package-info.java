/** The rooms domain in plain Java: rooms, participants and the server-owned pomodoro timer's rules. */
package dev.focus.rooms.model;
