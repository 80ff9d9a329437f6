package dev.focus.rooms.adapter;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An update expression and its condition, every name and value behind a placeholder. */
final class Expression {

    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final List<String> adds = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> namePlaceholders = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private String condition;

    String name(String attribute) {
        return namePlaceholders.computeIfAbsent(attribute, a -> {
            String placeholder = "#n" + namePlaceholders.size();
            names.put(placeholder, a);
            return placeholder;
        });
    }

    String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    Expression set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + value(value));
        return this;
    }

    Expression setAll(Map<String, AttributeValue> attributes) {
        attributes.forEach(this::set);
        return this;
    }

    Expression setIfAbsent(String attribute, AttributeValue value) {
        String n = name(attribute);
        sets.add(n + " = if_not_exists(" + n + ", " + value(value) + ")");
        return this;
    }

    Expression setEntry(String mapAttribute, String key, AttributeValue value) {
        sets.add(name(mapAttribute) + "." + name(key) + " = " + value(value));
        return this;
    }

    Expression remove(String attribute) {
        removes.add(name(attribute));
        return this;
    }

    Expression removeEntry(String mapAttribute, String key) {
        removes.add(name(mapAttribute) + "." + name(key));
        return this;
    }

    Expression add(String attribute, long delta) {
        adds.add(name(attribute) + " " + value(AttributeValue.fromN(Long.toString(delta))));
        return this;
    }

    /** The condition, written with {@link #name} and {@link #value} placeholders. */
    Expression when(String condition) {
        this.condition = condition;
        return this;
    }

    String updateExpression() {
        var parts = new ArrayList<String>();
        if (!sets.isEmpty()) {
            parts.add("SET " + String.join(", ", sets));
        }
        if (!removes.isEmpty()) {
            parts.add("REMOVE " + String.join(", ", removes));
        }
        if (!adds.isEmpty()) {
            parts.add("ADD " + String.join(", ", adds));
        }
        return String.join(" ", parts);
    }

    UpdateItemRequest request(String table, Map<String, AttributeValue> key) {
        var builder = UpdateItemRequest.builder().tableName(table).key(key)
                .updateExpression(updateExpression())
                .expressionAttributeNames(names)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (!values.isEmpty()) {
            builder.expressionAttributeValues(values);
        }
        if (condition != null) {
            builder.conditionExpression(condition);
        }
        return builder.build();
    }

    Update transactionPart(String table, Map<String, AttributeValue> key) {
        var builder = Update.builder().tableName(table).key(key)
                .updateExpression(updateExpression())
                .expressionAttributeNames(names)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
        if (!values.isEmpty()) {
            builder.expressionAttributeValues(values);
        }
        if (condition != null) {
            builder.conditionExpression(condition);
        }
        return builder.build();
    }
}
