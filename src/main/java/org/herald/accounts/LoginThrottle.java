package org.herald.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.herald.accounts.ThrottleCounters.Limit;
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
 * it). Each attempt takes its place in the counts before its password is checked, in the
 * database ({@link ThrottleCounters}): attempts sent together, to any node, are counted one by
 * one, and only those within the limit are checked.
 *
 * <p>The same counts guard the second factor's codes (besides at most
 * {@link PendingSignIn#MAX_ATTEMPTS} per pending sign-in) and, per user, the current password
 * asked for by changes to one's own account.
 */
@Component
class LoginThrottle {

    private final ThrottleCounters counters;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSecurityProperties properties;

    LoginThrottle(ThrottleCounters counters, AuditLog audit, Clock clock, AccountSecurityProperties properties) {
        this.counters = counters;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Takes this attempt's place in the counts of its account and address: 0 when its password
     * (or code) may now be checked, else the seconds it must still wait (the refusal is written
     * to the audit log), and it must not be checked.
     *
     * @param knownBrowser whether the request comes from a browser that signed in to this
     *                     account before (counted, but not held back by the account's count)
     */
    long reserve(String username, String address, boolean knownBrowser) {
        long wait = counters.take(List.of(addressLimit(address), accountLimit(username, !knownBrowser)),
                properties.loginWindow());
        if (wait > 0) {
            audit.record(new Actor(null, key(username), null, address), "login-throttled", "user", null, wait + " s");
        }
        return wait;
    }

    /** The password was right but a code is still owed: it does not count as a failure. */
    void passwordRight(String username, String address) {
        counters.giveBack(accountKey(username));
        counters.giveBack(addressKey(address));
    }

    /** A complete sign-in: the account's count starts again; the address's keeps its failures. */
    void succeeded(String username, String address) {
        counters.clear(accountKey(username));
        counters.giveBack(addressKey(address));
    }

    /** Opens the count of codes of a new pending sign-in; the id to give to {@link #reserveCode}. */
    String openCodes() {
        String id = UUID.randomUUID().toString();
        counters.open(codesKey(id));
        return id;
    }

    /** Takes one of the pending sign-in's {@link PendingSignIn#MAX_ATTEMPTS} codes; false when none is left. */
    boolean reserveCode(String codesId) {
        return codesId != null && counters.takeOneOf(codesKey(codesId), PendingSignIn.MAX_ATTEMPTS);
    }

    /** Whether the pending sign-in may still try a code. */
    boolean codesLeft(String codesId) {
        return codesId != null && counters.hasRoom(codesKey(codesId), PendingSignIn.MAX_ATTEMPTS);
    }

    /**
     * Takes the place of a check of a signed-in user's current password: counted per user like a
     * sign-in on their account, so that a session left open cannot be used to guess it.
     */
    long reserveCurrentPassword(long userId) {
        return counters.take(List.of(new Limit(currentPasswordKey(userId), properties.freeFailuresPerAccount(),
                properties.maxAccountDelay(), true)), properties.loginWindow());
    }

    void currentPasswordRight(long userId) {
        counters.clear(currentPasswordKey(userId));
    }

    /** Counts older than a day no longer matter. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAttempts() {
        counters.forgetBefore(OffsetDateTime.now(clock).minusDays(1));
    }

    private Limit accountLimit(String username, boolean enforced) {
        return new Limit(accountKey(username), properties.freeFailuresPerAccount(), properties.maxAccountDelay(),
                enforced);
    }

    private Limit addressLimit(String address) {
        return new Limit(addressKey(address), properties.freeFailuresPerAddress(), properties.maxAddressDelay(), true);
    }

    private static String accountKey(String username) {
        return "account:" + key(username);
    }

    private static String addressKey(String address) {
        String value = address == null ? "" : address;
        return "address:" + (value.length() > 64 ? value.substring(0, 64) : value);
    }

    private static String codesKey(String codesId) {
        return "codes:" + codesId;
    }

    private static String currentPasswordKey(long userId) {
        return "current-password:" + userId;
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
