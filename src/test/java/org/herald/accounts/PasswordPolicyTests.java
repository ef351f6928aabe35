package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new AccountSecurityProperties(ZoneOffset.UTC, 12,
            Duration.ofMinutes(15), 5, 20, Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofDays(180), "Herald"));

    @Test
    void refusesShortLongAndCommonPasswords() {
        assertThat(policy.problem("short", "ana")).hasValue("password.too-short");
        assertThat(policy.problem("x".repeat(257), "ana")).hasValue("password.too-long");
        assertThat(policy.problem("QwertyUIOP123", "ana")).as("on the list, in any case").hasValue("password.common");
        assertThat(policy.problem("Password123456!", "ana")).as("a listed word with digits stuck on")
                .hasValue("password.common");
        assertThat(policy.problem("iloveyouiloveyou", "ana")).as("a listed word repeated").hasValue("password.common");
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", "ana")).hasValue("password.common");
        assertThat(policy.problem("my name is anastasia ok", "anastasia")).hasValue("password.contains-username");
    }

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.problem("correct-horse-battery-staple-42", "admin")).isEmpty();
        assertThat(policy.problem("the minsk office opens at nine", "ana")).isEmpty();
    }
}
