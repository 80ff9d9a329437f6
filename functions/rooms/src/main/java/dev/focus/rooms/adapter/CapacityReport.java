package dev.focus.rooms.adapter;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Locale;

/**
 * With {@code focus.rooms.report-capacity=true} (benchmarks, never on AWS) every response says what DynamoDB
 * capacity its request consumed: {@code X-Focus-DynamoDB-Capacity: read=1.0;write=2.0;total=3.0}.
 * A Lambda instance serves one request at a time on one thread, so a thread-local sum is the request's.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "focus.rooms.report-capacity", value = "true")
class CapacityReport {

    static final String HEADER = "X-Focus-DynamoDB-Capacity";

    @RequestFilter
    void start(HttpRequest<?> request) {
        Capacity.reset();
    }

    @ResponseFilter
    void report(MutableHttpResponse<?> response) {
        double[] units = Capacity.consumed();
        response.header(HEADER, String.format(Locale.ROOT, "read=%.1f;write=%.1f;total=%.1f", units[0], units[1], units[2]));
    }
}
