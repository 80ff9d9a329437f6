package dev.focus.localstack;

import dev.focus.resources.FocusResources;
import dev.focus.resources.HttpRoute;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    // the example of the API Gateway HTTP API guide, "Routing API requests"
    private final RouteTable table = new RouteTable(List.of(
            entry("exact", new HttpRoute("GET", "/pets/dog/1")),
            entry("variable", new HttpRoute("GET", "/pets/dog/{id}")),
            entry("greedy", new HttpRoute("GET", "/pets/{proxy+}")),
            entry("any-root", HttpRoute.any("/{proxy+}"))));

    @Test
    void an_exact_route_wins_over_a_path_variable_and_a_greedy_one() {
        assertThat(table.match("GET", "/pets/dog/1")).hasValue(new RouteTable.Match("exact", "GET /pets/dog/1", Map.of()));
    }

    @Test
    void a_path_variable_wins_over_a_greedy_variable() {
        assertThat(table.match("GET", "/pets/dog/2"))
                .hasValue(new RouteTable.Match("variable", "GET /pets/dog/{id}", Map.of("id", "2")));
    }

    @Test
    void a_longer_literal_prefix_wins_over_a_shorter_greedy_route() {
        assertThat(table.match("GET", "/pets/cat/1"))
                .hasValue(new RouteTable.Match("greedy", "GET /pets/{proxy+}", Map.of("proxy", "cat/1")));
    }

    @Test
    void a_method_no_specific_route_accepts_falls_to_ANY() {
        assertThat(table.match("POST", "/pets/dog/1"))
                .hasValue(new RouteTable.Match("any-root", "ANY /{proxy+}", Map.of("proxy", "pets/dog/1")));
    }

    @Test
    void on_the_same_path_the_request_method_wins_over_ANY() {
        var routes = new RouteTable(List.of(
                entry("any", HttpRoute.any("/api/v1/rooms/{proxy+}")),
                entry("post", new HttpRoute("POST", "/api/v1/rooms/{proxy+}"))));

        assertThat(routes.match("POST", "/api/v1/rooms/r1/join").map(RouteTable.Match::function)).hasValue("post");
        assertThat(routes.match("GET", "/api/v1/rooms/r1").map(RouteTable.Match::function)).hasValue("any");
    }

    @Test
    void a_greedy_variable_needs_at_least_one_segment() {
        var routes = new RouteTable(List.of(entry("users", HttpRoute.any("/api/v1/admin/users/{proxy+}"))));

        assertThat(routes.match("GET", "/api/v1/admin/users")).isEmpty();
        assertThat(routes.match("GET", "/api/v1/admin/users/u1/roles").map(RouteTable.Match::pathParameters))
                .hasValue(Map.of("proxy", "u1/roles"));
    }

    @Test
    void path_parameters_are_the_segments_of_the_decoded_path_as_they_are() {
        // RequestTarget decoded /pets/dog/a%20b%2Bc+d%25 into this path
        assertThat(table.match("GET", "/pets/dog/a b+c+d%").map(RouteTable.Match::pathParameters))
                .hasValue(Map.of("id", "a b+c+d%"));
    }

    @Test
    void a_decoded_slash_separates_segments_as_on_api_gateway() {
        // %2F decodes before routing: /pets/dog/a%2Fb no longer fits {id}
        assertThat(table.match("GET", "/pets/dog/a/b"))
                .hasValue(new RouteTable.Match("greedy", "GET /pets/{proxy+}", Map.of("proxy", "dog/a/b")));
    }

    @Test
    void paths_are_case_sensitive_and_unmatched_requests_find_nothing() {
        var routes = new RouteTable(List.of(entry("auth", HttpRoute.any("/api/v1/auth/{proxy+}"))));

        assertThat(routes.match("GET", "/API/v1/auth/login")).isEmpty();
        assertThat(routes.match("GET", "/api/v2/auth/login")).isEmpty();
        assertThat(routes.match("GET", "/")).isEmpty();
    }

    @Test
    void every_focus_route_reaches_its_function() {
        var focus = new RouteTable(FocusResources.functions().stream()
                .flatMap(f -> f.routes().stream().map(r -> new RouteTable.Entry(f.name(), r))).toList());

        assertThat(focus.match("POST", "/api/v1/auth/register").map(RouteTable.Match::routeKey))
                .hasValue("ANY /api/v1/auth/{proxy+}");
        assertThat(focus.match("GET", "/api/v1/admin/users").map(RouteTable.Match::routeKey))
                .hasValue("ANY /api/v1/admin/users");
        assertThat(focus.match("GET", "/api/v1/admin/users/42").map(RouteTable.Match::routeKey))
                .hasValue("ANY /api/v1/admin/users/{proxy+}");
        assertThat(focus.match("GET", "/api/v1/nothing-here")).isEqualTo(Optional.empty());
    }

    @Test
    void two_functions_cannot_declare_the_same_route() {
        assertThatThrownBy(() -> new RouteTable(List.of(
                entry("a", HttpRoute.any("/x/{proxy+}")), entry("b", HttpRoute.any("/x/{proxy+}")))))
                .hasMessageContaining("ANY /x/{proxy+}").hasMessageContaining("a").hasMessageContaining("b");
    }

    private static RouteTable.Entry entry(String function, HttpRoute route) {
        return new RouteTable.Entry(function, route);
    }
}
