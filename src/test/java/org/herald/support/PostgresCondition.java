package org.herald.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips {@link PostgresTest} classes when {@code HERALD_TEST_PG_URL} is not set, or fails them
 * when {@code HERALD_TEST_REQUIRE_PG} is {@code true}.
 */
final class PostgresCondition implements ExecutionCondition {

    static final String REQUIRE_VARIABLE = "HERALD_TEST_REQUIRE_PG";

    private static final String NOT_SET = PostgresTestDatabase.URL_VARIABLE + " not set";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(PostgresTestDatabase.configuredUrl().isPresent(),
                "true".equals(System.getenv(REQUIRE_VARIABLE)));
    }

    /** Decides from whether a server is configured and required; separate so it can be unit tested. */
    static ConditionEvaluationResult evaluate(boolean configured, boolean required) {
        if (configured) {
            return ConditionEvaluationResult.enabled(PostgresTestDatabase.URL_VARIABLE + " set");
        }
        if (required) {
            // Throwing makes JUnit report the class as failed; returning disabled would skip it.
            throw new IllegalStateException(NOT_SET + ": " + REQUIRE_VARIABLE
                    + " is true, so PostgreSQL tests fail instead of being skipped");
        }
        return ConditionEvaluationResult.disabled(NOT_SET + ": PostgreSQL tests skipped");
    }
}
