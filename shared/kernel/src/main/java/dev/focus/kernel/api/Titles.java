package dev.focus.kernel.api;

import io.micronaut.http.HttpStatus;

final class Titles {

    private Titles() {
    }

    static String of(int status) {
        try {
            return HttpStatus.valueOf(status).getReason();
        } catch (IllegalArgumentException unknown) {
            return "HTTP " + status;
        }
    }
}
