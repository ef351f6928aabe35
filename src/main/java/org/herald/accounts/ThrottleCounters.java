package org.herald.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code login_throttle} table: counts of failed attempts, one row per thing being guessed
 * at (an account, an address, a pending sign-in's codes, a user's current password), shared by
 * every node. An attempt is counted as failed when it takes its slot, before its password or
 * code is checked, and given back if it turns out right; taking slots locks the rows, so
 * attempts sent at the same moment are counted one after the other and the ones past the limit
 * are refused without being checked.
 */
@Component
class ThrottleCounters {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ThrottleCounters(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * One counter an attempt must get past.
     *
     * @param free     failures that cost nothing; after them each attempt waits 1 s, 2 s, 4 s…
     *                 after the one before
     * @param maxDelay the longest such wait
     * @param enforced false to count the attempt without being held back by this counter (a
     *                 browser the account signed in from before)
     */
    record Limit(String key, int free, Duration maxDelay, boolean enforced) {
    }

    /**
     * Takes a slot on every counter, or on none: 0 when the attempt may be checked (each counter
     * now counts it as failed), else the seconds it must still wait (nothing counted). Failures
     * older than {@code window} no longer count. A counter too busy to lock refuses the attempt.
     */
    long take(List<Limit> limits, Duration window) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        limits.forEach(limit -> create(limit.key(), now));
        // Locked in the order of their keys, so two attempts never wait for each other's rows.
        List<Limit> ordered = limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
        try {
            Long wait = transactions.execute(status -> takeLocked(ordered, now, now.minus(window)));
            return wait == null ? 1 : wait;
        } catch (PessimisticLockingFailureException busy) {
            return 1;
        }
    }

    private long takeLocked(List<Limit> limits, OffsetDateTime now, OffsetDateTime windowStart) {
        long[] failures = new long[limits.size()];
        long wait = 0;
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            LoginThrottle.Failures counted = jdbc.sql(
                            "SELECT failures, last_at FROM login_throttle WHERE throttle_key = :key FOR UPDATE")
                    .param("key", limit.key())
                    .query((rs, n) -> new LoginThrottle.Failures(rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class)))
                    .optional().orElse(null);
            if (counted == null) {
                return 1; // forgotten just now by forgetBefore: the attempt is refused, the next one recreates it
            }
            failures[i] = counted.last().isAfter(windowStart) ? counted.count() : 0;
            if (limit.enforced()) {
                wait = Math.max(wait, LoginThrottle.wait(new LoginThrottle.Failures(failures[i], counted.last()),
                        limit.free(), limit.maxDelay(), now));
            }
        }
        if (wait > 0) {
            return wait;
        }
        for (int i = 0; i < limits.size(); i++) {
            jdbc.sql("UPDATE login_throttle SET failures = :failures, last_at = :now WHERE throttle_key = :key")
                    .param("failures", failures[i] + 1).param("now", now).param("key", limits.get(i).key()).update();
        }
        return 0;
    }

    /**
     * Takes one of at most {@code max} slots of a counter opened by {@link #open}; false when
     * they are all taken (or the counter is unknown). One statement: the check and the count
     * cannot be separated.
     */
    boolean takeOneOf(String key, int max) {
        return jdbc.sql("""
                UPDATE login_throttle SET failures = failures + 1, last_at = :now
                WHERE throttle_key = :key AND failures < :max
                """)
                .param("now", OffsetDateTime.now(clock)).param("key", key).param("max", max).update() == 1;
    }

    /** Whether a counter opened by {@link #open} still has a slot below {@code max}. */
    boolean hasRoom(String key, int max) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = :key AND failures < :max")
                .param("key", key).param("max", max).query(Long.class).single() > 0;
    }

    /** Starts a new counter at zero (its key must be new: a random id). */
    void open(String key) {
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_at) VALUES (:key, 0, :now)")
                .param("key", key).param("now", OffsetDateTime.now(clock)).update();
    }

    /** The attempt that took a slot was right after all: it no longer counts as failed. */
    void giveBack(String key) {
        jdbc.sql("UPDATE login_throttle SET failures = failures - 1 WHERE throttle_key = :key AND failures > 0")
                .param("key", key).update();
    }

    /** Starts the count again from nothing. */
    void clear(String key) {
        jdbc.sql("UPDATE login_throttle SET failures = 0 WHERE throttle_key = :key").param("key", key).update();
    }

    /** Forgets the counters nothing has touched since {@code before}. */
    void forgetBefore(OffsetDateTime before) {
        jdbc.sql("DELETE FROM login_throttle WHERE last_at < :before").param("before", before).update();
    }

    /** Makes sure the row exists, so that it can be locked; another node may be creating it too. */
    private void create(String key, OffsetDateTime now) {
        try {
            jdbc.sql("""
                    MERGE INTO login_throttle t USING (VALUES (CAST(:key AS VARCHAR(200)))) s(throttle_key)
                    ON t.throttle_key = s.throttle_key
                    WHEN NOT MATCHED THEN INSERT (throttle_key, failures, last_at) VALUES (s.throttle_key, 0, :now)
                    """)
                    .param("key", key).param("now", now).update();
        } catch (DuplicateKeyException createdMeanwhile) {
            // The row is there, which is all that was wanted.
        }
    }
}
