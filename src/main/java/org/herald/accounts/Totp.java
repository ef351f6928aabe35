package org.herald.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238, with HOTP from RFC 4226): HMAC-SHA1, 30-second steps,
 * six digits, the parameters every authenticator app uses by default. Written here with
 * {@code javax.crypto} rather than taken from a library: the algorithm is a dozen lines, fixed by
 * the RFCs and checked against their test vectors ({@code TotpTests}); the libraries available
 * bring QR-code and HTTP dependencies along for the same dozen lines. Base32 comes from
 * commons-codec.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Codes one step early or late are accepted too: phone clocks drift. */
    static final int WINDOW = 1;
    private static final Base32 BASE32 = new Base32();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret of 160 bits, in Base32 as authenticator apps take it. */
    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return base32(secret);
    }

    /** The time step of an instant. */
    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a time step (RFC 4226 section 5.3, dynamic truncation). */
    static String code(byte[] key, long step, String algorithm, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /**
     * The time step whose code matches, looking one step either side of {@code now}; empty when
     * none does. Compared in constant time.
     */
    static OptionalLong verify(String base32Secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = decodeBase32(base32Secret);
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            String expected = code(key, step, "HmacSHA1", DIGITS);
            if (MessageDigest.isEqual(expected.getBytes(), digits.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The bytes in Base32 (RFC 4648), without padding, as authenticator apps show secrets. */
    static String base32(byte[] bytes) {
        return BASE32.encodeToString(bytes).replace("=", "");
    }

    /**
     * The bytes of a Base32 secret, as a person may type it: in either case, with spaces, dashes
     * or padding.
     *
     * @throws IllegalArgumentException when it holds anything else
     */
    static byte[] decodeBase32(String text) {
        String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        if (!BASE32.isInAlphabet(clean)) {
            throw new IllegalArgumentException("not Base32: " + clean);
        }
        return BASE32.decode(clean);
    }
}
