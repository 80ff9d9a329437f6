package dev.focus.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.localstack.RawHttp;
import dev.focus.testkit.OpenApiContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The whole API as a fuzzer sees it: requests generated from every document the local stack serves, sent through
 * the local gateway to the real handlers. Whatever is sent, nothing answers 5xx; every error is problem+json with
 * a code; every answer is one its operation documents, with the schema it names; and a request the document
 * refuses is refused and writes nothing.
 */
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static FuzzWorld world;
    private static Map<String, OpenApiContract> contracts;

    @BeforeContainer
    static void startTheStack() throws Exception {
        world = FuzzWorld.start();
        contracts = new HashMap<>();
        world.documents.forEach((url, yaml) -> contracts.put(url, OpenApiContract.of(url, yaml)));
    }

    @AfterContainer
    static void stopTheStack() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    @Provide
    Arbitrary<FuzzCase> requests() {
        Cases cases = new Cases(() -> world.ids);
        // every operation alike: as an edge case the first one would be drawn far more often than the rest
        return Arbitraries.integers().between(0, world.operations.size() - 1).withoutEdgeCases()
                .map(world.operations::get).flatMap(cases::of);
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.OFF)
    void no_request_breaks_the_api_or_its_documents(@ForAll("requests") FuzzCase request) throws Exception {
        Statistics.label("operation").collect(request.operation().toString());
        Statistics.label("kind").collect(request.refusedByConstruction() ? "refused by construction" : "valid");
        String before = request.refusedByConstruction() ? world.stores.settledFingerprint() : "";

        List<Map.Entry<String, String>> headers = new ArrayList<>();
        request.contentType().ifPresent(type -> headers.add(Map.entry("Content-Type", type)));
        request.accept().ifPresent(type -> headers.add(Map.entry("Accept", type)));
        switch (request.caller()) {
            case SIGNED_IN -> headers.add(Map.entry("Authorization", "Bearer " + world.tokens.get(
                    Math.floorMod(request.hashCode(), world.tokens.size()))));
            case FORGED_TOKEN -> headers.add(Map.entry("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
            case GARBLED_AUTHORIZATION -> headers.add(Map.entry("Authorization",
                    List.of("Bearer", "Basic Zm9vOmJhcg==", "Bearer a.b.c", "bearer  x", "Bearer \u00e9")
                            .get(Math.floorMod(request.hashCode(), 5))));
            case ANONYMOUS -> {
            }
        }
        RawHttp.Response answer = send(request, headers);

        Statistics.label("answer").collect(answer.status() / 100 + "xx" + (request.refusedByConstruction() ? " to a refused" : " to a valid") + " request");
        if (answer.status() >= 500) {
            throw new AssertionError("answered " + answer.status() + " " + answer.text() + "\n  to " + request);
        }
        if (answer.status() >= 400) {
            assertProblem(request, answer);
        }
        if (request.refusedByConstruction()) {
            if (answer.status() < 400) {
                throw new AssertionError("took a request its document refuses (" + answer.status() + " " + answer.text()
                        + ")\n  " + request);
            }
            if (!world.stores.fingerprint().equals(before) && writesWhenSentAgain(request, headers)) {
                throw new AssertionError("a refused request (" + answer.status() + " " + answer.text()
                        + ") changed what is stored\n  " + request);
            }
        }
        contracts.get(request.operation().document()).check(
                new HttpRequestData(request.operation().method(), request.rawPath(), request.rawQuery(), headers,
                        request.body().orElse(null), "127.0.0.1"),
                new ApiGatewayHttpResponse(answer.status(), answer.headers(), List.of(), answer.body()));
        if (answer.status() < 300 && answer.body().length > 0) {
            world.learnIds(JSON.readTree(answer.body()));
        }
    }

    private static RawHttp.Response send(FuzzCase request, List<Map.Entry<String, String>> headers) throws Exception {
        return RawHttp.request(world.stack.port(), request.operation().method(), request.target(), headers,
                request.body().orElse(null));
    }

    /**
     * A consumer may still have been finishing an earlier request's work: a refused request is harmless to send
     * again, so it wrote something only if the stores change again around a second sending, once settled.
     */
    private static boolean writesWhenSentAgain(FuzzCase request, List<Map.Entry<String, String>> headers) throws Exception {
        String settled = world.stores.settledFingerprint();
        send(request, headers);
        return !world.stores.fingerprint().equals(settled);
    }

    private static void assertProblem(FuzzCase request, RawHttp.Response answer) throws Exception {
        String type = Optional.ofNullable(answer.header("content-type")).orElse("");
        if (!type.startsWith("application/problem+json")) {
            throw new AssertionError("answered " + answer.status() + " as " + type + ", not problem+json: " + answer.text()
                    + "\n  to " + request);
        }
        JsonNode problem = JSON.readTree(answer.body());
        if (problem.path("status").asInt() != answer.status() || !CODE.matcher(problem.path("code").asText()).matches()) {
            throw new AssertionError("answered " + answer.status() + " with a problem lacking its status or code: "
                    + answer.text() + "\n  to " + request);
        }
    }
}
