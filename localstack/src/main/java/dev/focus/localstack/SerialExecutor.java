package dev.focus.localstack;

import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs its tasks one at a time, in the order given, on a shared pool: how API Gateway hands one connection's
 * messages to the integration, while other connections' messages run at the same time.
 */
final class SerialExecutor implements Executor {

    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    /** @throws RejectedExecutionException when the pool no longer takes work (the stack is stopping) */
    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
        if (!draining) {
            try {
                pool.execute(this::drain);
                draining = true;
            } catch (RejectedExecutionException stopping) {
                tasks.clear();
                throw stopping;
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = tasks.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException bug) {
                // the tasks handle the function's failures themselves; this keeps the connection's later tasks running
                LoggerFactory.getLogger(SerialExecutor.class).error("A WebSocket task failed", bug);
            }
        }
    }
}
