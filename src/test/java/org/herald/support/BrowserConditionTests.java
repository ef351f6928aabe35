package org.herald.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class BrowserConditionTests {

    private static final List<Path> DRIVER_MISSING = List.of(Path.of("/usr/bin/chromedriver"));

    @Test
    void runsWhenBothBinariesArePresent() {
        assertThat(BrowserCondition.evaluate(List.of(), false).isDisabled()).isFalse();
        assertThat(BrowserCondition.evaluate(List.of(), true).isDisabled()).isFalse();
    }

    @Test
    void skipsWithTheReasonWhenABinaryIsMissing() {
        ConditionEvaluationResult result = BrowserCondition.evaluate(DRIVER_MISSING, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("Chromium or chromedriver not found at /usr/bin/chromedriver: "
                + "browser tests skipped; install Debian's chromium and chromium-driver");
    }

    @Test
    void failsInsteadOfSkippingWhenBrowsersAreRequired() {
        assertThatIllegalStateException()
                .isThrownBy(() -> BrowserCondition.evaluate(DRIVER_MISSING, true))
                .withMessageContaining("not found at /usr/bin/chromedriver")
                .withMessageContaining("HERALD_TEST_REQUIRE_BROWSER is true");
    }
}
