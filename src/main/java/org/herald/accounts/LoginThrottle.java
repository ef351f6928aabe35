package org.herald.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per address, without ever locking anyone out.
 *
 * <p>After a few failed sign-ins, each further attempt must wait twice as long as the one
 * before (capped): an attempt that comes too early is refused without looking at the password,
 * and does not count as a failure. The account's count starts again at its owner's next
 * successful sign-in, and a browser that has signed in to the account before is not slowed by
 * failures on that account at all: someone who only knows a username cannot keep its owner out.
 * The address count ignores successes (an attacker with one valid account could otherwise reset
 * it). Attempts are kept in the database, so every node sees the same counts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountSecurityProperties properties;

    LoginThrottle(JdbcClient jdbc, Clock clock, AccountSecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * How many seconds the attempt must still wait; 0 when it may go ahead.
     *
     * @param knownBrowser whether the request comes from a browser that signed in to this
     *                     account before (exempt from the account's count)
     */
    long secondsToWait(String username, String address, boolean knownBrowser) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime windowStart = now.minus(properties.loginWindow());
        long byAddress = wait(failures("remote_addr", address == null ? "" : address, windowStart),
                properties.freeFailuresPerAddress(), properties.maxAddressDelay(), now);
        long byAccount = 0;
        if (!knownBrowser) {
            String key = key(username);
            OffsetDateTime lastSuccess = jdbc.sql("""
                    SELECT MAX(occurred_at) FROM login_attempt
                    WHERE username_key = :key AND succeeded = TRUE AND occurred_at > :since
                    """)
                    .param("key", key).param("since", windowStart)
                    .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
            byAccount = wait(failures("username_key", key, lastSuccess == null ? windowStart : lastSuccess),
                    properties.freeFailuresPerAccount(), properties.maxAccountDelay(), now);
        }
        return Math.max(byAddress, byAccount);
    }

    void failed(String username, String address) {
        record(username, address, false);
    }

    void succeeded(String username, String address) {
        record(username, address, true);
    }

    /** Attempts older than a day no longer count for anything. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAttempts() {
        jdbc.sql("DELETE FROM login_attempt WHERE occurred_at < :before")
                .param("before", OffsetDateTime.now(clock).minusDays(1)).update();
    }

    private void record(String username, String address, boolean succeeded) {
        jdbc.sql("""
                INSERT INTO login_attempt (occurred_at, username_key, remote_addr, succeeded)
                VALUES (:at, :key, :address, :succeeded)
                """)
                .param("at", OffsetDateTime.now(clock)).param("key", key(username))
                .param("address", address == null ? "" : address).param("succeeded", succeeded).update();
    }

    private Failures failures(String column, String value, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*), MAX(occurred_at) FROM login_attempt WHERE " + column
                        + " = :value AND succeeded = FALSE AND occurred_at > :since")
                .param("value", value).param("since", since)
                .query((rs, n) -> new Failures(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
                .single();
    }

    /** 1 s after the free failures are used up, then 2, 4, 8… up to the cap, counted from the last failure. */
    static long wait(Failures failures, int free, Duration max, OffsetDateTime now) {
        if (failures.count() < free || failures.last() == null) {
            return 0;
        }
        long exponent = Math.min(failures.count() - free, 30);
        long delay = Math.min(1L << exponent, max.toSeconds());
        long elapsed = Duration.between(failures.last(), now).toSeconds();
        return Math.max(0, delay - elapsed);
    }

    static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    record Failures(long count, OffsetDateTime last) {
    }
}
