package dev.focus.resources;

/**
 * An API Gateway HTTP API route: a method ({@code ANY} for all) and a path that may end in a greedy
 * {@code {proxy+}} segment, exactly as written in the HTTP API's route key.
 */
public record HttpRoute(String method, String path) {

    public static HttpRoute any(String path) {
        return new HttpRoute("ANY", path);
    }

    public String routeKey() {
        return method + " " + path;
    }
}
