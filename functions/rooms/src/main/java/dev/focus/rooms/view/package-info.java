/** The JSON shapes of rooms, timers and participants: REST responses and the data of room events share them. */
package dev.focus.rooms.view;
