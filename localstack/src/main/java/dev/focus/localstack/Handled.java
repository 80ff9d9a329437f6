package dev.focus.localstack;

/** A response and who produced it ({@code local} for the stack's own pages, else the function's name), for the request log. */
record Handled(String target, LocalResponse response) {

    static final String LOCAL = "local";

    static Handled local(LocalResponse response) {
        return new Handled(LOCAL, response);
    }
}
