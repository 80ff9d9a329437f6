/**
 * A bare Focus function (kernel only, one route), built exactly like a real one: the baseline that
 * bench/runner compares every context's cold start and warm latency with.
 */
package dev.focus.bench.hello;
