/** The rooms use cases and their ports; plain Java, no framework or AWS types. */
package dev.focus.rooms.application;
