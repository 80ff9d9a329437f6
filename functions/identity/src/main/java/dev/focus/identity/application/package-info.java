/**
 * Identity use cases (registration, sign-in, tokens, recovery, profiles, administration) and the ports they
 * need. Plain Java: adapters implement the ports, the api package maps each sealed result to HTTP.
 */
package dev.focus.identity.application;
