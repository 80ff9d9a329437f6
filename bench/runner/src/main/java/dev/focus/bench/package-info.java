/**
 * Benchmarks that print figures, run by hand ({@code bench/run cold}, {@code bench/run warm}), never by the
 * test suite: cold starts of the built deployment jars in fresh JVMs under several JVM modes, and warm
 * latency of one hosted handler over 100,000 events with and without the kernel's Lambda-context fix.
 */
package dev.focus.bench;
