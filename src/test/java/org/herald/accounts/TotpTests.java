package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The TOTP code against RFC 6238's own test vectors, and what a sign-in accepts. */
class TotpTests {

    /** RFC 6238 appendix B: the SHA-1 key and the eight-digit codes at its test times. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfcTestVectors() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), "HmacSHA1", 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), "HmacSHA1", 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111)), "HmacSHA1", 8)).isEqualTo("14050471");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), "HmacSHA1", 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)), "HmacSHA1", 8)).isEqualTo("69279037");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), "HmacSHA1", 8)).isEqualTo("65353130");
    }

    @Test
    void aSixDigitCodeIsAcceptedInItsStepAndOneEitherSide() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1234567890);
        String code = Totp.code(RFC_KEY, Totp.step(now), "HmacSHA1", 6);

        assertThat(Totp.verify(secret, code, now)).hasValue(Totp.step(now));
        assertThat(Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now.plusSeconds(30)))
                .as("a code from 30 s ago, typed with a space").hasValue(Totp.step(now));
        assertThat(Totp.verify(secret, code, now.plusSeconds(90))).as("two steps late").isEmpty();
        assertThat(Totp.verify(secret, "12345", now)).isEmpty();
        assertThat(Totp.verify(secret, "abcdef", now)).isEmpty();
        assertThat(Totp.verify(secret, null, now)).isEmpty();
    }

    @Test
    void secretsAreRandomBase32ThatDecodeBack() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.base32(Totp.decodeBase32(secret))).isEqualTo(secret);
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("Herald", "ana", "ABC")).isEqualTo(
                "otpauth://totp/Herald:ana?secret=ABC&issuer=Herald&algorithm=SHA1&digits=6&period=30");
    }
}
