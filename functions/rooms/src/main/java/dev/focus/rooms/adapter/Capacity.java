package dev.focus.rooms.adapter;

import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

import java.util.List;

/**
 * The DynamoDB capacity units the current invocation has consumed, summed from every response's
 * {@code ConsumedCapacity}: logged per request and, when asked for, returned in a response header.
 */
public final class Capacity {

    private static final ThreadLocal<double[]> UNITS = ThreadLocal.withInitial(() -> new double[3]);

    private Capacity() {
    }

    public static void reset() {
        double[] units = UNITS.get();
        java.util.Arrays.fill(units, 0);
    }

    /** Read units, write units and all units so far on this thread. */
    public static double[] consumed() {
        return UNITS.get().clone();
    }

    /** What a GetItem or Query consumed. */
    static void read(ConsumedCapacity capacity) {
        add(capacity, 0);
    }

    /** What an UpdateItem or a write transaction consumed. */
    static void written(List<ConsumedCapacity> capacities) {
        if (capacities != null) {
            capacities.forEach(capacity -> add(capacity, 1));
        }
    }

    private static void add(ConsumedCapacity capacity, int kind) {
        if (capacity == null || capacity.capacityUnits() == null) {
            return;
        }
        double[] units = UNITS.get();
        units[kind] += capacity.capacityUnits();
        units[2] += capacity.capacityUnits();
    }
}
