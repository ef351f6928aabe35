package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** How long an attempt waits after so many failures: nothing at first, then doubling, capped. */
class LoginThrottleTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    private static long waitAfter(long failures, long secondsSinceLast) {
        return LoginThrottle.wait(new LoginThrottle.Failures(failures, NOW.minusSeconds(secondsSinceLast)), 5,
                Duration.ofSeconds(60), NOW);
    }

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(waitAfter(0, 0)).isZero();
        assertThat(waitAfter(4, 0)).isZero();
    }

    @Test
    void thenEachAttemptWaitsTwiceAsLongUpToTheCap() {
        assertThat(waitAfter(5, 0)).isEqualTo(1);
        assertThat(waitAfter(6, 0)).isEqualTo(2);
        assertThat(waitAfter(9, 0)).isEqualTo(16);
        assertThat(waitAfter(12, 0)).isEqualTo(60);
        assertThat(waitAfter(500, 0)).isEqualTo(60);
    }

    @Test
    void theWaitCountsFromTheLastFailure() {
        assertThat(waitAfter(9, 10)).isEqualTo(6);
        assertThat(waitAfter(9, 16)).isZero();
    }

    @Test
    void usernamesAreComparedIgnoringCaseAndSpaces() {
        assertThat(LoginThrottle.key("  Ana ")).isEqualTo("ana");
        assertThat(LoginThrottle.key("x".repeat(300))).hasSize(100);
    }
}
