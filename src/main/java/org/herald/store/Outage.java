package org.herald.store;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows when the database cannot be reached, so that web requests are refused at once instead
 * of each waiting for a connection that will not come (and then its error page waiting again).
 *
 * <p>The first request that fails to get a connection because the database refused or did not
 * answer (not because the pool was merely busy) opens the outage. From then on every request's
 * {@link #refuseWhileDown()} fails at once, and a background thread tries the database every
 * probe interval; the first success ends the outage. A node's readiness reads the same state.
 */
final class Outage implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Outage.class);

    private final DataSource probed;
    private final Duration interval;
    private final AtomicBoolean down = new AtomicBoolean();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herald-database-probe");
        thread.setDaemon(true);
        return thread;
    });

    Outage(DataSource probed, Duration interval) {
        this.probed = probed;
        this.interval = interval;
    }

    /** Whether the database is known to be unreachable now. */
    boolean isDown() {
        return down.get();
    }

    /** Fails at once while the database is known to be unreachable. */
    void refuseWhileDown() throws SQLException {
        if (down.get()) {
            throw new SQLTransientConnectionException("The database cannot be reached (Herald is trying it again every "
                    + interval.toMillis() + " ms)", "08001");
        }
    }

    /** A request could not get a connection: if the database itself is the cause, the outage begins. */
    void failed(SQLException failure) {
        if (isUnreachable(failure) && down.compareAndSet(false, true)) {
            log.warn("The database cannot be reached: requests are refused until it answers again ({})",
                    failure.getMessage());
            prober.schedule(this::probe, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void probe() {
        try (Connection connection = probed.getConnection()) {
            if (connection.isValid(5)) {
                down.set(false);
                log.info("The database answers again");
                return;
            }
        } catch (SQLException | RuntimeException stillDown) {
            log.debug("The database still cannot be reached", stillDown);
        }
        if (!prober.isShutdown()) {
            prober.schedule(this::probe, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A connection failure (SQL state class 08, or 57P01-57P03: the server is shutting down or
     * starting) anywhere in the chain. The pool's own time-out
     * carries the last connection failure it met; a time-out with none only means every
     * connection was busy, which is load, not an outage.
     */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
