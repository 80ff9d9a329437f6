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

    static void add(ConsumedCapacity capacity) {
        if (capacity == null) {
            return;
        }
        double[] units = UNITS.get();
        units[0] += capacity.readCapacityUnits() == null ? 0 : capacity.readCapacityUnits();
        units[1] += capacity.writeCapacityUnits() == null ? 0 : capacity.writeCapacityUnits();
        units[2] += capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
    }

    static void addAll(List<ConsumedCapacity> capacities) {
        if (capacities != null) {
            capacities.forEach(Capacity::add);
        }
    }
}
