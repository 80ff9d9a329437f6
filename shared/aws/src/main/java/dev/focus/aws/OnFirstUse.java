package dev.focus.aws;

import java.util.function.Supplier;

/** Builds a value the first time it is asked for, then returns that same value. */
public final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public OnFirstUse(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = maker.get();
                    value = current;
                }
            }
        }
        return current;
    }

    boolean made() {
        return value != null;
    }
}
