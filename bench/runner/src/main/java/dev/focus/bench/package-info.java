/**
 * Benchmarks that print figures, run by hand ({@code bench/run cold|warm|rooms-warm|rooms-capacity|trigger-lateness}),
 * never by the test suite: cold starts of the built deployment jars in fresh JVMs under several JVM modes; warm
 * latency of one hosted handler over 100,000 events with and without the kernel's Lambda-context fix; the rooms
 * timer routes' warm latency and every rooms route's DynamoDB capacity against DynamoDB Local; and the lateness of
 * the phase-end trigger on the local stack.
 */
package dev.focus.bench;
