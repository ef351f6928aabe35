package org.herald.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the connections each thread holds, and catches a thread that asks for a second one
 * while it holds a first: a query run inside another query's row mapper, stream or callback,
 * outside a transaction. With N pooled connections, N threads doing that at once each hold one
 * and wait for another, and the pool is deadlocked until its timeout turns every request into
 * an error. A transaction does not count twice: its statements share the connection it holds.
 */
final class NestingGuard {

    private static final Logger log = LoggerFactory.getLogger(NestingGuard.class);
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

    private final DatabaseProperties.NestedConnections mode;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    NestingGuard(DatabaseProperties.NestedConnections mode) {
        this.mode = mode;
    }

    /** Called before a connection is taken from a pool. */
    void enter() {
        int[] held = HELD.get();
        if (held[0] > 0) {
            nested();
        }
        held[0]++;
    }

    /** Called when a connection taken is given back, or could not be taken. */
    void leave() {
        int[] held = HELD.get();
        if (held[0] > 0) {
            held[0]--;
        }
    }

    /** The connection, which calls {@link #leave()} once when it is closed. */
    Connection tracked(Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && closed.compareAndSet(false, true)) {
                        leave();
                    } else if ("unwrap".equals(method.getName()) && args[0] == Connection.class) {
                        return connection;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void nested() {
        IllegalStateException where = new IllegalStateException("A second database connection was asked for by a"
                + " thread that already holds one (a query inside another query's row mapper, stream or callback,"
                + " outside a transaction). Under load this deadlocks the pool: read the first result whole, close"
                + " it, then run the next query, or join them into one.");
        if (mode == DatabaseProperties.NestedConnections.FAIL) {
            log.error("Nested database connection refused", where);
            throw where;
        }
        if (reported.add(callSite(where))) {
            log.warn("Nested database connection (reported once for this place in the code)", where);
        }
    }

    /** The first frame of Herald's own code that asked, so each place is reported once. */
    private static String callSite(Throwable where) {
        for (StackTraceElement frame : where.getStackTrace()) {
            if (frame.getClassName().startsWith("org.herald.") && !frame.getClassName().startsWith("org.herald.store.")) {
                return frame.toString();
            }
        }
        return "unknown";
    }
}
