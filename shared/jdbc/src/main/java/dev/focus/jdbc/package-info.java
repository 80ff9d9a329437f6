/**
 * PostgreSQL for the contexts that keep relational data (identity, focus): micronaut-data-jdbc, Hikari and
 * Flyway as one dependency. Each function ships its own migrations under {@code db/migration} and runs them at
 * start unless {@code flyway.datasources.default.enabled=false}; the datasource comes from
 * {@code datasources.default.*} (the local stack's embedded PostgreSQL, or RDS Proxy on AWS).
 */
package dev.focus.jdbc;
