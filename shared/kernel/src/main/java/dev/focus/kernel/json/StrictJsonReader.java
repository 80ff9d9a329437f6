package dev.focus.kernel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.focus.kernel.api.FieldError;
import dev.focus.kernel.api.JsonNames;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a request body strictly against the Java type it will be bound to, before it is bound. A body that is not
 * one well-formed UTF-8 JSON document without duplicate keys is {@link Verdict.Malformed}; a value of another JSON
 * type than its field's (a string for a number, 25.5 for an integer, an array for a string, "AAA" for a boolean),
 * or a string with a control character, is a {@link Verdict.Invalid} entry per field. Unknown fields are let
 * through (clients may be newer than us) but their strings obey the text rules too.
 */
public final class StrictJsonReader {

    /** What the body is worth. */
    public sealed interface Verdict {
        record Accepted() implements Verdict {
        }

        record Malformed(String detail) implements Verdict {
        }

        record Invalid(List<FieldError> errors) implements Verdict {
        }
    }

    private static final int MAX_DEPTH = 32;
    /** Far above any text field's own bound; a longer string is refused before any pattern looks at it. */
    private static final int MAX_STRING_LENGTH = 64 * 1024;
    private static final int MAX_NUMBER_LENGTH = 100;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).maxNameLength(1024).build())
            .build();
    private final Map<Class<?>, Optional<Map<String, BeanProperty<?, Object>>>> beans = new java.util.concurrent.ConcurrentHashMap<>();

    public Verdict read(byte[] body, Argument<?> type) {
        Optional<String> text = JsonText.decodeUtf8(body);
        if (text.isEmpty()) {
            return new Verdict.Malformed("The body is not valid UTF-8.");
        }
        if (text.get().startsWith("\uFEFF")) {
            return new Verdict.Malformed("The body starts with a byte order mark; send plain UTF-8.");
        }
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text.get())) {
            if (parser.nextToken() == null) {
                return new Verdict.Malformed("The body is empty.");
            }
            check(parser, type, "", errors);
            if (parser.nextToken() != null) {
                return new Verdict.Malformed("The body holds more than one JSON document.");
            }
        } catch (StreamConstraintsException e) {
            return new Verdict.Malformed("The body is beyond what any route takes: nested deeper than " + MAX_DEPTH
                    + " levels, or a string over " + MAX_STRING_LENGTH + " characters, a number over " + MAX_NUMBER_LENGTH
                    + " digits or a field name over 1024.");
        } catch (JsonParseException e) {
            return new Verdict.Malformed(describe(e));
        } catch (IOException e) {
            return new Verdict.Malformed("The body is not valid JSON.");
        }
        return errors.isEmpty() ? new Verdict.Accepted() : new Verdict.Invalid(List.copyOf(errors));
    }

    /**
     * As {@link #read(byte[], Argument)}, for a body that arrives already decoded, as a WebSocket message does: held
     * to the same rules as the bytes it was sent as. Text that has no UTF-8 form (a lone surrogate outside any
     * JSON string) is {@link Verdict.Malformed} rather than encoded with a replacement character.
     */
    public Verdict read(String body, Argument<?> type) {
        try {
            var bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(body));
            byte[] utf8 = new byte[bytes.remaining()];
            bytes.get(utf8);
            return read(utf8, type);
        } catch (CharacterCodingException e) {
            return new Verdict.Malformed("The body is not valid UTF-8.");
        }
    }

    private static String describe(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return "The body repeats a field: " + message.substring("Duplicate field ".length()).replace("'", "") + ".";
        }
        return "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ").";
    }

    /** Reads the value at the parser's current token, checking it against {@code type}. */
    private void check(JsonParser parser, Argument<?> type, String field, List<FieldError> errors) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        Class<?> raw = type.getType();
        if (raw == Optional.class) {
            check(parser, type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT), field, errors);
            return;
        }
        Kind kind = Kind.of(raw, this);
        boolean fits = switch (kind) {
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT && fitsInteger(parser, raw);
            case NUMBER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            case STRING -> token == JsonToken.VALUE_STRING;
            case ARRAY -> token == JsonToken.START_ARRAY;
            case OBJECT, MAP -> token == JsonToken.START_OBJECT;
            case ANY -> true;
        };
        if (!fits) {
            errors.add(new FieldError(name(field), kind.expectation()));
            skipCheckingText(parser, field, errors);
            return;
        }
        switch (kind) {
            case STRING -> checkText(parser.getText(), field, errors);
            case ARRAY -> {
                Argument<?> element = raw.isArray() ? Argument.of(raw.getComponentType())
                        : type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    check(parser, element, field + "[" + index++ + "]", errors);
                }
            }
            case MAP -> {
                Argument<?> value = type.getTypeParameters().length == 2 ? type.getTypeParameters()[1] : Argument.OBJECT_ARGUMENT;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    checkText(key, join(field, key), errors);
                    parser.nextToken();
                    check(parser, value, join(field, key), errors);
                }
            }
            case OBJECT -> {
                Map<String, BeanProperty<?, Object>> properties = propertiesOf(raw).orElseThrow();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    BeanProperty<?, Object> property = properties.get(key);
                    if (property == null) {
                        checkText(key, join(field, key), errors);
                        skipCheckingText(parser, join(field, key), errors);
                    } else {
                        check(parser, property.asArgument(), join(field, key), errors);
                    }
                }
            }
            case ANY -> skipCheckingText(parser, field, errors);
            default -> {
            }
        }
    }

    /** Skips the current value, still holding every string inside it to the text rules. */
    private static void skipCheckingText(JsonParser parser, String field, List<FieldError> errors) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            checkText(parser.getText(), field, errors);
            return;
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = parser.nextToken();
            if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                depth++;
            } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                depth--;
            } else if (next == JsonToken.VALUE_STRING || next == JsonToken.FIELD_NAME) {
                checkText(parser.getText(), field, errors);
            }
        }
    }

    private static void checkText(String text, String field, List<FieldError> errors) {
        JsonText.problemWith(text).ifPresent(problem -> errors.add(new FieldError(name(field), problem)));
    }

    private static boolean fitsInteger(JsonParser parser, Class<?> raw) throws IOException {
        JsonParser.NumberType number = parser.getNumberType();
        if (raw == BigInteger.class) {
            return true;
        }
        if (raw == long.class || raw == Long.class) {
            return number == JsonParser.NumberType.INT || number == JsonParser.NumberType.LONG;
        }
        if (number != JsonParser.NumberType.INT) {
            return false;
        }
        int value = parser.getIntValue();
        if (raw == short.class || raw == Short.class) {
            return value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
        }
        if (raw == byte.class || raw == Byte.class) {
            return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
        }
        return true;
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private static String name(String field) {
        return field.isEmpty() ? "body" : field;
    }

    /** The bean's properties by their JSON (snake_case) names, or empty when the type is not introspected. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<Map<String, BeanProperty<?, Object>>> propertiesOf(Class<?> type) {
        return beans.computeIfAbsent(type, t -> {
            Optional<BeanIntrospection<Object>> introspection = (Optional) BeanIntrospector.SHARED.findIntrospection(t);
            return introspection.map(found -> {
                Map<String, BeanProperty<?, Object>> byName = new HashMap<>();
                for (BeanProperty<Object, Object> property : found.getBeanProperties()) {
                    String name = property.stringValue(com.fasterxml.jackson.annotation.JsonProperty.class)
                            .orElse(JsonNames.snakeCase(property.getName()));
                    byName.put(name, (BeanProperty) property);
                }
                return Map.copyOf(byName);
            });
        });
    }

    private enum Kind {
        INTEGER("must be an integer"),
        NUMBER("must be a number"),
        BOOLEAN("must be true or false"),
        STRING("must be a string"),
        ARRAY("must be an array"),
        MAP("must be an object"),
        OBJECT("must be an object"),
        ANY("");

        private final String expectation;

        Kind(String expectation) {
            this.expectation = expectation;
        }

        String expectation() {
            return expectation;
        }

        static Kind of(Class<?> raw, StrictJsonReader reader) {
            if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                    || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                    || raw == BigInteger.class) {
                return INTEGER;
            }
            if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                    || raw == BigDecimal.class || raw == Number.class) {
                return NUMBER;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return BOOLEAN;
            }
            if (CharSequence.class.isAssignableFrom(raw) || raw.isEnum() || raw == char.class || raw == Character.class
                    || raw.getName().startsWith("java.time.") || raw == java.util.UUID.class
                    || raw == java.net.URI.class || raw == java.net.URL.class) {
                return STRING;
            }
            if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
                return ARRAY;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return MAP;
            }
            if (raw != Object.class && reader.propertiesOf(raw).isPresent()) {
                return OBJECT;
            }
            return ANY;
        }
    }
}
