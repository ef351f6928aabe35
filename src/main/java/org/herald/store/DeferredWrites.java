package org.herald.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * The writes a transaction has gathered on its connection ({@link Writes}) and not sent yet. They
 * are sent before anything else runs on that connection, so that every statement, a read above
 * all, sees the writes made before it; and before the connection commits. A rollback forgets them.
 */
final class DeferredWrites {

    /** What sends the writes first: a statement about to run, or the transaction's end or savepoint. */
    private static final Set<String> SENDING_FIRST = Set.of("prepareStatement", "prepareCall", "createStatement",
            "commit", "setSavepoint", "releaseSavepoint", "setAutoCommit");

    private Pipeline pipeline;
    private boolean sending;

    private DeferredWrites() {
    }

    /** The connection, holding the writes its transactions gather. */
    static Connection wrap(Connection connection) {
        DeferredWrites writes = new DeferredWrites();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if ("unwrap".equals(name) && args[0] == DeferredWrites.class) {
                        return writes;
                    }
                    if (SENDING_FIRST.contains(name)) {
                        writes.send();
                    } else if ("rollback".equals(name) || "close".equals(name)) {
                        writes.discard();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The writes gathered so far, null before the first. */
    Pipeline pipeline() {
        return pipeline;
    }

    void start(Pipeline writes) {
        this.pipeline = writes;
    }

    /** Sends what was gathered; the statements that sends them do not send them again. */
    void send() {
        if (pipeline == null || sending) {
            return;
        }
        sending = true;
        try {
            pipeline.run();
        } finally {
            sending = false;
        }
    }

    private void discard() {
        if (pipeline != null) {
            pipeline.discard();
        }
    }
}
