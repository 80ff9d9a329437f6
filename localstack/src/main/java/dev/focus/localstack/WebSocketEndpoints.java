package dev.focus.localstack;

import java.util.Optional;

/** Where an HTTP upgrade request goes: the WebSocket API served at its path, if any is up. */
@FunctionalInterface
interface WebSocketEndpoints {

    Optional<WebSocketGateway> at(String rawPath);
}
