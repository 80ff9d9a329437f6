/**
 * JUnit 5 support for container tests: {@link dev.focus.testkit.WithLocalCloud} gives a test class the one
 * {@link dev.focus.emulators.LocalCloud} of its JVM. No Micronaut here: a test builds its own application context
 * from {@code cloud.settings()}.
 */
package dev.focus.testkit;
