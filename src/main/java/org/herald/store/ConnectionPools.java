package org.herald.store;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The application's one {@link DataSource}: it hands each thread a connection from one of two
 * pools, so that readers can never take the connections the scheduler, the search index and
 * the importer need, nor the other way round.
 *
 * <ul>
 *   <li>A thread answering a web request gets the requests' pool: short waits and timeouts, and
 *   while the database is known to be unreachable, a refusal at once (see {@link Outage}).</li>
 *   <li>Any other thread gets the work pool: long waits, no statement timeout.</li>
 * </ul>
 *
 * Every connection is counted per thread by a {@link NestingGuard}: a thread that asks for a
 * second one while it holds one would deadlock the pool under load.
 */
final class ConnectionPools extends AbstractRoutingDataSource implements Closeable {

    private static final String REQUESTS = "requests";
    private static final String WORK = "work";

    private final HikariDataSource requests;
    private final HikariDataSource work;
    private final NestingGuard guard;
    private final Outage outage;

    ConnectionPools(HikariDataSource requests, HikariDataSource work, NestingGuard guard, Outage outage) {
        this.requests = requests;
        this.work = work;
        this.guard = guard;
        this.outage = outage;
        setTargetDataSources(Map.of(REQUESTS, requests, WORK, work));
        setDefaultTargetDataSource(work);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    /** The pool of background work, which database migrations also use. */
    DataSource work() {
        return work;
    }

    /** Whether the database is known to be unreachable now. */
    boolean unreachable() {
        return outage.isDown();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return RequestThreads.current() ? REQUESTS : WORK;
    }

    @Override
    public Connection getConnection() throws SQLException {
        boolean request = RequestThreads.current();
        if (request) {
            outage.refuseWhileDown();
        }
        guard.enter();
        try {
            return guard.tracked(DeferredWrites.wrap((request ? requests : work).getConnection()));
        } catch (SQLException | RuntimeException failure) {
            guard.leave();
            if (request && failure instanceof SQLException sql) {
                outage.failed(sql);
            }
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Herald's pools connect with the configured account only");
    }

    @Override
    public void close() {
        outage.close();
        requests.close();
        work.close();
    }
}
