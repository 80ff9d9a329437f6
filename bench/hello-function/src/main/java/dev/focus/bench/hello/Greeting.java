package dev.focus.bench.hello;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record Greeting(String message) {
}
