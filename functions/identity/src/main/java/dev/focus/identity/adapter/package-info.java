/**
 * Adapters behind the identity ports: PostgreSQL through micronaut-data-jdbc's {@code JdbcOperations} (plain SQL,
 * so every statement is visible and atomic updates stay one statement), the shared security and messaging
 * modules, and Google's ID tokens through nimbus-jose-jwt. All wired in {@link dev.focus.identity.adapter.IdentityWiring}.
 */
package dev.focus.identity.adapter;
