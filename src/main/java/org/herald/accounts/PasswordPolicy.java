package org.herald.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough, not too long to hash, not one of the common
 * passwords of the bundled list ({@code accounts/common-passwords.txt}, about 49,000 entries),
 * not such a password with digits or symbols stuck on its end or repeated, and not the
 * username. No rules about character classes: length is what makes a password strong.
 */
@Component
public class PasswordPolicy {

    static final int MAX_LENGTH = 256;
    private static final String LIST = "/accounts/common-passwords.txt";

    private final int minLength;
    private volatile Set<String> common;

    PasswordPolicy(AccountSecurityProperties properties) {
        this.minLength = properties.passwordMinLength();
    }

    /** The shortest password accepted. */
    public int minLength() {
        return minLength;
    }

    /** The message key of what is wrong with the password, empty when it is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        if (isCommon(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        Set<String> list = common();
        if (list.contains(lower)) {
            return true;
        }
        String stripped = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
        if (stripped.length() >= 4 && list.contains(stripped)) {
            return true;
        }
        for (int unit = 1; unit <= lower.length() / 2; unit++) {
            if (lower.length() % unit == 0 && lower.equals(lower.substring(0, unit).repeat(lower.length() / unit))) {
                return unit < 4 || list.contains(lower.substring(0, unit));
            }
        }
        return false;
    }

    private Set<String> common() {
        Set<String> list = common;
        if (list == null) {
            list = load();
            common = list;
        }
        return list;
    }

    private static Set<String> load() {
        Set<String> list = new HashSet<>(64_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    list.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }
}
