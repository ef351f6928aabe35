package org.herald.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips {@link BrowserTest} classes when Chromium or chromedriver is missing, or fails them when
 * {@code HERALD_TEST_REQUIRE_BROWSER} is {@code true}.
 */
final class BrowserCondition implements ExecutionCondition {

    static final String REQUIRE_VARIABLE = "HERALD_TEST_REQUIRE_BROWSER";

    private static final String INSTALL_HINT = "install Debian's chromium and chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = missingBinaries(List.of(Browser.CHROMIUM, Browser.CHROMEDRIVER));
        return evaluate(missing, "true".equals(System.getenv(REQUIRE_VARIABLE)));
    }

    /** Decides from what is missing and whether browsers are required; separate so it can be unit tested. */
    static ConditionEvaluationResult evaluate(List<Path> missing, boolean required) {
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        String notFound = "Chromium or chromedriver not found at "
                + missing.stream().map(Path::toString).collect(Collectors.joining(", "));
        if (required) {
            // Throwing makes JUnit report the class as failed; returning disabled would skip it.
            throw new IllegalStateException(notFound + ": " + REQUIRE_VARIABLE
                    + " is true, so browser tests fail instead of being skipped; " + INSTALL_HINT);
        }
        return ConditionEvaluationResult.disabled(notFound + ": browser tests skipped; " + INSTALL_HINT);
    }

    private static List<Path> missingBinaries(List<Path> binaries) {
        return binaries.stream().filter(binary -> !Files.isExecutable(binary)).toList();
    }
}
