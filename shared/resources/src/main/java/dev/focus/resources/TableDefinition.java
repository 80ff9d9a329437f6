package dev.focus.resources;

import java.util.List;
import java.util.Optional;

/** A DynamoDB table with string keys, its global secondary indexes (all projecting ALL) and its TTL attribute. */
public record TableDefinition(String name, String partitionKey, String sortKey, List<IndexDefinition> indexes,
                              Optional<String> ttlAttribute) {

    public TableDefinition {
        indexes = List.copyOf(indexes);
    }

    /** A global secondary index with string keys. */
    public record IndexDefinition(String name, String partitionKey, String sortKey) {
    }
}
