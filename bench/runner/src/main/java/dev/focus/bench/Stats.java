package dev.focus.bench;

import java.util.Arrays;

/** Order statistics of one series of measurements (nearest rank). */
record Stats(double[] sorted) {

    static Stats of(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    static Stats of(long[] values, int count) {
        double[] copy = new double[count];
        for (int i = 0; i < count; i++) {
            copy[i] = values[i];
        }
        return of(copy);
    }

    int count() {
        return sorted.length;
    }

    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
