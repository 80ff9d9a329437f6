/**
 * Strict JSON at the edge: one document, UTF-8 only, no duplicate keys, no coercion between JSON types, no
 * control characters in text, and a JSON body only as {@code application/json}. Checked once per request,
 * before Micronaut binds the body, so every function gets the same rules without configuring anything.
 */
package dev.focus.kernel.json;
