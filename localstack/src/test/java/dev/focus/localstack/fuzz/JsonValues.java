package dev.focus.localstack.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON values that a schema admits, as plain Java (maps, lists, strings, numbers, booleans, null), and values of
 * each property that it refuses: of another JSON type, out of its bounds, against its pattern or enum, or missing.
 */
final class JsonValues {

    /** A property left out of an object. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private static final int MAX_DEPTH = 4;

    private JsonValues() {
    }

    static Arbitrary<Object> valid(Schema<?> schema) {
        return valid(schema, 0);
    }

    private static Arbitrary<Object> valid(Schema<?> schema, int depth) {
        Arbitrary<Object> value = nonNull(schema, depth);
        if (Boolean.TRUE.equals(schema.getNullable())) {
            return Arbitraries.frequencyOf(Tuple.of(8, value), Tuple.of(1, Arbitraries.just(null)));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> nonNull(Schema<?> schema, int depth) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Arbitraries.of((List<Object>) schema.getEnum()).filter(Objects::nonNull);
        }
        return switch (typeOf(schema)) {
            case "string" -> string(schema).map(s -> (Object) s);
            case "integer" -> Arbitraries.longs().between(lower(schema, -1_000), upper(schema, 1_000)).map(n -> (Object) n);
            case "number" -> Arbitraries.doubles().between(lower(schema, -1_000), upper(schema, 1_000)).map(n -> (Object) n);
            case "boolean" -> Arbitraries.of(true, false).map(b -> (Object) b);
            case "array" -> depth >= MAX_DEPTH ? Arbitraries.just(List.of())
                    : valid(schema.getItems(), depth + 1).list()
                    .ofMinSize(Optional.ofNullable(schema.getMinItems()).orElse(0))
                    .ofMaxSize(Math.min(3, Optional.ofNullable(schema.getMaxItems()).orElse(3)))
                    .map(list -> (Object) list);
            case "object" -> object(schema, depth);
            default -> Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s);
        };
    }

    private static Arbitrary<Object> object(Schema<?> schema, int depth) {
        Map<String, Schema> properties = Optional.ofNullable(schema.getProperties()).orElse(Map.of());
        if (properties.isEmpty() || depth >= MAX_DEPTH) {
            return Arbitraries.just(new LinkedHashMap<String, Object>());
        }
        List<String> names = new ArrayList<>(properties.keySet());
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (String name : names) {
            Arbitrary<Object> value = valid(properties.get(name), depth + 1);
            values.add(isRequired(schema, name) ? value
                    : Arbitraries.frequencyOf(Tuple.of(2, value), Tuple.of(1, Arbitraries.just(ABSENT))));
        }
        return Combinators.combine(values).as(list -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (list.get(i) != ABSENT) {
                    object.put(names.get(i), list.get(i));
                }
            }
            return (Object) object;
        });
    }

    static Arbitrary<String> string(Schema<?> schema) {
        if ("date-time".equals(schema.getFormat())) {
            return Arbitraries.longs().between(0, 4_102_444_800L).map(s -> Instant.ofEpochSecond(s).toString());
        }
        int min = Optional.ofNullable(schema.getMinLength()).orElse(0);
        int max = Math.max(min, Math.min(Optional.ofNullable(schema.getMaxLength()).orElse(min + 24), min + 60));
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', '漢', 'ä', 'ñ', 'ا')
                .ofMinLength(min).ofMaxLength(max);
        if (schema.getPattern() == null) {
            return text;
        }
        Pattern pattern = Pattern.compile(schema.getPattern());
        if (schema.getExample() != null && pattern.matcher(schema.getExample().toString()).matches()) {
            String example = schema.getExample().toString();
            return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(example)),
                    Tuple.of(1, text.filter(s -> pattern.matcher(s).matches())));
        }
        return text.filter(s -> pattern.matcher(s).matches());
    }

    /** Values for the named property that the schema refuses, each with why. */
    static List<Map.Entry<String, Object>> refusedValues(Schema<?> object, String name, Object validValue) {
        Schema<?> property = object.getProperties().get(name);
        List<Map.Entry<String, Object>> refused = new ArrayList<>();
        for (Object other : otherTypes(property)) {
            refused.add(Map.entry(name + " of another JSON type: " + describe(other), other));
        }
        if (!Boolean.TRUE.equals(property.getNullable()) && isRequired(object, name)) {
            refused.add(Map.entry(name + " null", nullValue()));
        }
        if (isRequired(object, name)) {
            refused.add(Map.entry(name + " missing", ABSENT));
        }
        String type = typeOf(property);
        if (type.equals("integer") || type.equals("number")) {
            if (property.getMinimum() != null) {
                refused.add(Map.entry(name + " below its minimum", property.getMinimum().subtract(BigDecimal.ONE).longValue()));
            }
            if (property.getMaximum() != null) {
                refused.add(Map.entry(name + " above its maximum", property.getMaximum().add(BigDecimal.ONE).longValue()));
            }
        }
        if (type.equals("string")) {
            if (property.getMaxLength() != null) {
                refused.add(Map.entry(name + " longer than its maxLength", "x".repeat(property.getMaxLength() + 1)));
            }
            if (property.getMinLength() != null && property.getMinLength() > 0) {
                refused.add(Map.entry(name + " shorter than its minLength", "x".repeat(property.getMinLength() - 1)));
            }
            refused.add(Map.entry(name + " with a NUL", "a\u0000b"));
            if (validValue instanceof String valid) {
                String tabbed = valid + "\t";
                if (property.getPattern() != null && !Pattern.compile(property.getPattern()).matcher(tabbed).matches()) {
                    refused.add(Map.entry(name + " against its pattern", tabbed));
                }
            }
            if (property.getEnum() != null && !property.getEnum().isEmpty()) {
                refused.add(Map.entry(name + " outside its enum", "NOT_ONE_OF_THEM"));
            }
        }
        return refused;
    }

    /** JSON null as a property value (ABSENT means left out). */
    static Object nullValue() {
        return NULL;
    }

    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static List<Object> otherTypes(Schema<?> schema) {
        return switch (typeOf(schema)) {
            case "integer" -> List.of("12", 12.5, true, List.of(12), Map.of());
            case "number" -> List.of("1.5", true, List.of(1.5));
            case "boolean" -> List.of("true", "AAA", 1, List.of(true));
            case "string" -> schema.getEnum() != null && !schema.getEnum().isEmpty()
                    ? List.of(12, List.of(schema.getEnum().get(0)), Map.of())
                    : List.of(12, true, List.of("x"), Map.of());
            case "array" -> List.of("x", Map.of(), 1);
            case "object" -> List.of(List.of(), "x", 1);
            default -> List.of();
        };
    }

    static boolean isRequired(Schema<?> object, String name) {
        return object.getRequired() != null && object.getRequired().contains(name);
    }

    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        if (types != null && !types.isEmpty()) {
            return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        return schema.getProperties() != null ? "object" : "any";
    }

    private static long lower(Schema<?> schema, long fallback) {
        return schema.getMinimum() != null ? schema.getMinimum().longValue() : fallback;
    }

    private static long upper(Schema<?> schema, long fallback) {
        return schema.getMaximum() != null ? schema.getMaximum().longValue() : fallback;
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
