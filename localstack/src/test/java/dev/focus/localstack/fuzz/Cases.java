package dev.focus.localstack.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Generates {@link FuzzCase}s for one operation: mostly valid requests, and each way of refusing one. */
final class Cases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private final Supplier<List<String>> knownIds;

    Cases(Supplier<List<String>> knownIds) {
        this.knownIds = knownIds;
    }

    Arbitrary<FuzzCase> of(Operation operation) {
        List<Arbitrary<FuzzCase>> refused = new ArrayList<>();
        refused.add(refusedBody(operation));
        refused.add(refusedParameter(operation));
        Arbitrary<FuzzCase> valid = Arbitraries.frequencyOf(Tuple.of(6, valid(operation)),
                Tuple.of(1, bodyNobodyReads(operation)), Tuple.of(1, unknownQueryParameter(operation)));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(2, valid), Tuple.of(3, Arbitraries.oneOf(refused))),
                Arbitraries.of(Optional.<String>empty(), Optional.of("application/json"), Optional.of("*/*"),
                        Optional.of("application/problem+json, application/json;q=0.9"), Optional.of("text/html"),
                        Optional.of("application/xml")))
                .as(FuzzCase::withAccept);
    }

    /** A JSON body sent to an operation that takes none: it is ignored. */
    private Arbitrary<FuzzCase> bodyNobodyReads(Operation operation) {
        if (operation.body().isPresent()) {
            return valid(operation);
        }
        return Combinators.combine(path(operation, Optional.empty()), query(operation, Optional.empty()), caller(operation))
                .as((path, query, caller) -> new FuzzCase(operation, path, query,
                        Optional.of("{\"ignored\":true}".getBytes(StandardCharsets.UTF_8)), Optional.of(JSON_TYPE), caller,
                        Optional.empty(), false, "a body for an operation that takes none"));
    }

    /** A query parameter the operation does not declare, with a harmless value: it is ignored. */
    private Arbitrary<FuzzCase> unknownQueryParameter(Operation operation) {
        return valid(operation).map(valid -> new FuzzCase(operation, valid.rawPath(),
                valid.rawQuery().isEmpty() ? "utm_source=fuzz" : valid.rawQuery() + "&utm_source=fuzz", valid.body(),
                valid.contentType(), valid.caller(), Optional.empty(), false, "an undeclared query parameter"));
    }

    private Arbitrary<FuzzCase> valid(Operation operation) {
        return Combinators.combine(path(operation, Optional.empty()), query(operation, Optional.empty()), validBody(operation),
                caller(operation)).as((path, query, body, caller) -> new FuzzCase(operation, path, query,
                body.map(Cases::bytes), body.map(b -> JSON_TYPE), caller, Optional.empty(), false, "generated from the schemas"));
    }

    private Arbitrary<Optional<Object>> validBody(Operation operation) {
        return operation.body().map(schema -> JsonValues.valid(schema).map(Optional::of))
                .orElse(Arbitraries.just(Optional.empty()));
    }

    /** A body the document refuses: one property wrong, or the bytes themselves broken. */
    private Arbitrary<FuzzCase> refusedBody(Operation operation) {
        if (operation.body().isEmpty()) {
            return refusedParameter(operation);
        }
        Schema<?> schema = operation.body().get();
        Arbitrary<FuzzCase> property = JsonValues.valid(schema).flatMap(valid -> {
            List<Tuple.Tuple2<String, byte[]>> ways = new ArrayList<>();
            if (valid instanceof Map<?, ?> object && schema.getProperties() != null) {
                for (String name : schema.getProperties().keySet()) {
                    for (Map.Entry<String, Object> bad : JsonValues.refusedValues(schema, name, object.get(name))) {
                        Map<String, Object> changed = new LinkedHashMap<>();
                        object.forEach((k, v) -> changed.put(String.valueOf(k), v));
                        if (bad.getValue() == JsonValues.ABSENT) {
                            changed.remove(name);
                        } else {
                            changed.put(name, bad.getValue() == JsonValues.NULL ? null : bad.getValue());
                        }
                        ways.add(Tuple.of(bad.getKey(), bytes(changed)));
                    }
                }
            }
            byte[] good = bytes(valid);
            ways.add(Tuple.of("a body that is not an object", "[]".getBytes(StandardCharsets.UTF_8)));
            ways.add(Tuple.of("a trailing }", concat(good, "}".getBytes(StandardCharsets.UTF_8))));
            ways.add(Tuple.of("two documents", concat(good, " {}".getBytes(StandardCharsets.UTF_8))));
            ways.add(Tuple.of("a byte order mark", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, good)));
            ways.add(Tuple.of("invalid UTF-8", "{\"x\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1)));
            ways.add(Tuple.of("cut short", java.util.Arrays.copyOf(good, Math.max(1, good.length / 2))));
            if (valid instanceof Map<?, ?> object && !object.isEmpty()) {
                String text = new String(good, StandardCharsets.UTF_8);
                String first = "\"" + object.keySet().iterator().next() + "\":";
                ways.add(Tuple.of("a repeated key", text.replaceFirst("\\{", "{" + java.util.regex.Matcher
                        .quoteReplacement(first + json(object.values().iterator().next())) + ",")
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return Arbitraries.of(ways);
        }).flatMap(way -> Combinators.combine(path(operation, Optional.empty()), query(operation, Optional.empty()),
                caller(operation)).as((path, query, caller) -> new FuzzCase(operation, path, query,
                Optional.of(way.get2()), Optional.of(JSON_TYPE), caller, Optional.empty(), true, way.get1())));
        Arbitrary<FuzzCase> mediaType = Combinators.combine(path(operation, Optional.empty()),
                query(operation, Optional.empty()), validBody(operation), caller(operation),
                Arbitraries.of(Optional.<String>empty(), Optional.of("text/plain"))).as((path, query, body, caller, type) ->
                new FuzzCase(operation, path, query, Optional.of(bytes(body.orElse(Map.of()))), type, caller, Optional.empty(), true,
                        "a JSON body sent as " + type.orElse("no Content-Type")));
        return Arbitraries.frequencyOf(Tuple.of(5, property), Tuple.of(1, mediaType));
    }

    /** A path or query value no valid value has. */
    private Arbitrary<FuzzCase> refusedParameter(Operation operation) {
        List<Tuple.Tuple2<String, Tuple.Tuple2<String, String>>> ways = new ArrayList<>();
        for (Parameter parameter : operation.in("path")) {
            for (String raw : List.of("a%00b", "%zz", "%", "a%0Ab", "%C3%28")) {
                ways.add(Tuple.of("path " + parameter.getName() + " = " + raw, Tuple.of(parameter.getName(), raw)));
            }
        }
        for (Parameter parameter : operation.in("query")) {
            Schema<?> schema = parameter.getSchema();
            List<String> raws = new ArrayList<>(List.of("%00", "%zz"));
            if ("integer".equals(JsonValues.typeOf(schema))) {
                raws.addAll(List.of("ten", "2.5", "99999999999999999999"));
                if (schema.getMinimum() != null) {
                    raws.add(schema.getMinimum().longValue() - 1 + "");
                }
                if (schema.getMaximum() != null) {
                    raws.add(schema.getMaximum().longValue() + 1 + "");
                }
            }
            for (String raw : raws) {
                ways.add(Tuple.of("query " + parameter.getName() + " = " + raw, Tuple.of("?" + parameter.getName(), raw)));
            }
        }
        ways.add(Tuple.of("undeclared query x_unknown = %01", Tuple.of("?x_unknown", "%01")));
        return Arbitraries.of(ways).flatMap(way -> {
            Tuple.Tuple2<String, String> bad = way.get2();
            boolean inQuery = bad.get1().startsWith("?");
            Optional<Tuple.Tuple2<String, String>> forPath = inQuery ? Optional.empty() : Optional.of(bad);
            Optional<Tuple.Tuple2<String, String>> forQuery = inQuery
                    ? Optional.of(Tuple.of(bad.get1().substring(1), bad.get2())) : Optional.empty();
            return Combinators.combine(path(operation, forPath), query(operation, forQuery), validBody(operation),
                    caller(operation)).as((path, query, body, caller) -> new FuzzCase(operation, path, query,
                    body.map(Cases::bytes), body.map(b -> JSON_TYPE), caller, Optional.empty(), true, way.get1()));
        });
    }

    private Arbitrary<String> path(Operation operation, Optional<Tuple.Tuple2<String, String>> override) {
        List<Parameter> parameters = operation.in("path");
        if (parameters.isEmpty()) {
            return Arbitraries.just(operation.template());
        }
        List<Arbitrary<String>> values = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (override.isPresent() && override.get().get1().equals(parameter.getName())) {
                values.add(Arbitraries.just(override.get().get2()));
            } else {
                values.add(Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.randomValue(random -> {
                            List<String> ids = knownIds.get();
                            return ids.isEmpty() ? "01JZZZZZZZZZZZZZZZZZZZZZZZ" : ids.get(random.nextInt(ids.size()));
                        })),
                        Tuple.of(1, JsonValues.string(parameter.getSchema()).filter(s -> !s.isBlank())))
                        .map(Cases::encode));
            }
        }
        return Combinators.combine(values).as(list -> {
            String path = operation.template();
            for (int i = 0; i < parameters.size(); i++) {
                path = path.replace("{" + parameters.get(i).getName() + "}", list.get(i));
            }
            return path;
        });
    }

    private Arbitrary<String> query(Operation operation, Optional<Tuple.Tuple2<String, String>> override) {
        List<Parameter> parameters = operation.in("query");
        if (parameters.isEmpty() && override.isEmpty()) {
            return Arbitraries.just("");
        }
        List<Arbitrary<String>> pairs = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String name = parameter.getName();
            if (override.isPresent() && override.get().get1().equals(name)) {
                pairs.add(Arbitraries.just(name + "=" + override.get().get2()));
                continue;
            }
            Arbitrary<String> value = JsonValues.valid(parameter.getSchema()).filter(v -> v != null)
                    .map(v -> name + "=" + encode(String.valueOf(v)));
            pairs.add(Boolean.TRUE.equals(parameter.getRequired()) ? value
                    : Arbitraries.frequencyOf(Tuple.of(1, value), Tuple.of(1, Arbitraries.just(""))));
        }
        override.filter(bad -> parameters.stream().noneMatch(p -> p.getName().equals(bad.get1())))
                .ifPresent(bad -> pairs.add(Arbitraries.just(bad.get1() + "=" + bad.get2())));
        return Combinators.combine(pairs).as(list -> String.join("&", list.stream().filter(s -> !s.isEmpty()).toList()));
    }

    private static Arbitrary<FuzzCase.Caller> caller(Operation operation) {
        if (!operation.secured()) {
            return Arbitraries.just(FuzzCase.Caller.ANONYMOUS);
        }
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(FuzzCase.Caller.SIGNED_IN)),
                Tuple.of(1, Arbitraries.just(FuzzCase.Caller.ANONYMOUS)),
                Tuple.of(1, Arbitraries.just(FuzzCase.Caller.FORGED_TOKEN)),
                Tuple.of(1, Arbitraries.just(FuzzCase.Caller.GARBLED_AUTHORIZATION)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(Object value) {
        return json(value).getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
