package dev.focus.infra;

import java.util.List;

import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.Setting;

/**
 * What a function needs on AWS, read off the settings it declares: reading a setting is what makes a
 * function a client of a resource, so network placement and IAM grants follow the settings.
 */
final class FunctionNeeds {

    private FunctionNeeds() {
    }

    static boolean database(FunctionDefinition function) {
        return function.usesPostgres();
    }

    static boolean table(FunctionDefinition function) {
        return function.settings().contains(Setting.TABLE_NAME);
    }

    static boolean email(FunctionDefinition function) {
        return function.settings().contains(Setting.EMAIL_FROM);
    }

    /** A function posts to WebSocket connections through the Management API endpoint it reads. */
    static boolean webSocketConnections(FunctionDefinition function) {
        return function.settings().contains(Setting.WEBSOCKET_ENDPOINT);
    }

    static List<QueueDefinition> queuesSentTo(FunctionDefinition function, List<QueueDefinition> queues) {
        return queues.stream().filter(queue -> function.settings().contains(queue.urlSetting())).toList();
    }
}
