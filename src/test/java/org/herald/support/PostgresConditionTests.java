package org.herald.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class PostgresConditionTests {

    @Test
    void runsWhenAServerIsConfigured() {
        assertThat(PostgresCondition.evaluate(true, false).isDisabled()).isFalse();
        assertThat(PostgresCondition.evaluate(true, true).isDisabled()).isFalse();
    }

    @Test
    void skipsWithTheReasonWhenNoServerIsConfigured() {
        ConditionEvaluationResult result = PostgresCondition.evaluate(false, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("HERALD_TEST_PG_URL not set: PostgreSQL tests skipped");
    }

    @Test
    void failsInsteadOfSkippingWhenPostgresIsRequired() {
        assertThatIllegalStateException()
                .isThrownBy(() -> PostgresCondition.evaluate(false, true))
                .withMessageStartingWith("HERALD_TEST_PG_URL not set: HERALD_TEST_REQUIRE_PG is true");
    }
}
