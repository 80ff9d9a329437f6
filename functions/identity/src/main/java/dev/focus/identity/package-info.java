/**
 * Identity: accounts, sign-in (password and Google), access and refresh tokens, email verification and password
 * reset, profiles, roles, suspension, the audit log, and the UserDeleted event. Packages: model (plain domain),
 * application (use cases and ports), adapter (PostgreSQL, SES, SQS, Google), api (HTTP).
 */
package dev.focus.identity;
