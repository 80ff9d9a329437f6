package dev.focus.rooms.adapter;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** The table as the rooms adapters use it: every call reports its consumed capacity to {@link Capacity}. */
final class Table {

    /** Why a transaction was refused: the index of the first part whose condition failed, or a conflict. */
    record Refusal(Optional<Integer> failedCondition) {
    }

    private static final int TRANSACTION_ATTEMPTS = 4;

    private final DynamoDbClient client;
    private final String name;

    Table(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    String name() {
        return name;
    }

    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        GetItemResponse response = client.getItem(b -> b.tableName(name).key(key).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        Capacity.read(response.consumedCapacity());
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    QueryResponse query(Consumer<QueryRequest.Builder> request) {
        QueryResponse response = client.query(b -> {
            b.tableName(name).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
            request.accept(b);
        });
        Capacity.read(response.consumedCapacity());
        return response;
    }

    /** Every item a query answers, page after page. */
    List<Map<String, AttributeValue>> queryAll(Consumer<QueryRequest.Builder> request) {
        var items = new ArrayList<Map<String, AttributeValue>>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse response = query(b -> {
                request.accept(b);
                if (exclusiveStart != null) {
                    b.exclusiveStartKey(exclusiveStart);
                }
            });
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** A transaction part that puts an item only if no item has its key. */
    TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(name).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** False when the condition failed. */
    boolean update(UpdateItemRequest request) {
        try {
            Capacity.written(List.of(client.updateItem(request).consumedCapacity()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Writes all parts or none. Transaction conflicts with concurrent writers are retried with jitter; a failed
     * condition is answered as a {@link Refusal} naming the part.
     */
    Optional<Refusal> transact(List<TransactWriteItem> parts) {
        for (int attempt = 1; ; attempt++) {
            try {
                Capacity.written(client.transactWriteItems(b -> b.transactItems(parts)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity());
                return Optional.empty();
            } catch (TransactionCanceledException e) {
                Optional<Integer> failed = failedCondition(e.cancellationReasons());
                if (failed.isPresent() || attempt == TRANSACTION_ATTEMPTS) {
                    return Optional.of(new Refusal(failed));
                }
                pause(attempt);
            }
        }
    }

    private static Optional<Integer> failedCondition(List<CancellationReason> reasons) {
        for (int i = 0; i < reasons.size(); i++) {
            if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between transaction attempts", e);
        }
    }
}
