package org.herald.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node talks to its database: two connection pools, and how long anything may wait.
 *
 * @param poolSize          connections for web requests ({@code HERALD_DB_POOL_SIZE})
 * @param workPoolSize      connections for everything else: the scheduler, the search index's
 *                          follower, import workers, migrations and commands
 *                          ({@code HERALD_DB_WORK_POOL_SIZE}); readers can never starve them. It
 *                          must exceed the import's workers (4 by default), or they would starve
 *                          the scheduler and the renewal of their own batch's lease
 * @param requestWait       how long a web request waits for a connection before it is answered
 *                          503 ({@code HERALD_DB_REQUEST_WAIT}); short, so that a node shed load
 *                          instead of piling requests up
 * @param statementTimeout  the longest a web request's statement may run on PostgreSQL
 *                          ({@code HERALD_DB_STATEMENT_TIMEOUT}); background work has none
 * @param connectTimeout    how long opening a connection to PostgreSQL may take, the login
 *                          included ({@code HERALD_DB_CONNECT_TIMEOUT})
 * @param socketTimeout     how long a web request's connection waits for PostgreSQL to say
 *                          anything before it gives up on a server that went silent
 *                          ({@code HERALD_DB_SOCKET_TIMEOUT})
 * @param probeInterval     while the database is unreachable, how often a node tries it again
 *                          (requests meanwhile get a 503 at once instead of each waiting)
 * @param nestedConnections what a thread that asks for a second connection while it holds one
 *                          gets: {@code warn} logs it once per place in the code, {@code fail}
 *                          (the test suites) throws, since under load it deadlocks the pool
 */
@ConfigurationProperties("herald.db")
public record DatabaseProperties(
        @DefaultValue("10") int poolSize,
        @DefaultValue("10") int workPoolSize,
        @DefaultValue("1s") Duration requestWait,
        @DefaultValue("10s") Duration statementTimeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration socketTimeout,
        @DefaultValue("500ms") Duration probeInterval,
        @DefaultValue("warn") NestedConnections nestedConnections) {

    /** What a nested connection request gets. */
    public enum NestedConnections {
        /** Logged once per place in the code, then allowed. */
        WARN,
        /** Refused with an exception naming the rule. */
        FAIL
    }
}
