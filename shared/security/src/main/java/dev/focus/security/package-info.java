/**
 * Security shared by every function: HS256 access tokens (15 minutes, {@code sub} = user id, {@code roles}),
 * opaque refresh and one-time tokens stored only as SHA-256 hashes, bcrypt password hashing (cost 12), and the
 * Micronaut Security wiring that accepts nothing but our own signed tokens.
 */
package dev.focus.security;
