/** The rooms HTTP API: controllers, request bodies and the mapping of results to problem codes. */
package dev.focus.rooms.api;
