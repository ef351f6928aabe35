package org.herald.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers a user has signed in from. After a full sign-in the browser gets a long-lived random
 * cookie (HttpOnly, SameSite=Strict, Secure behind HTTPS, sent only to {@code /login}); the
 * database keeps its SHA-256. {@link LoginThrottle} does not slow such a browser down for
 * failures on its own account, so guessing a username cannot lock its owner out.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "herald_device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountSecurityProperties properties;

    TrustedDevices(JdbcClient jdbc, Clock clock, AccountSecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Whether the request carries the cookie of a browser that signed in to this username before. */
    boolean knows(HttpServletRequest request, String username) {
        return knows(tokenHash(request), username);
    }

    /** Whether the device cookie whose hash this is belongs to a browser that signed in to this username before. */
    boolean knows(String tokenHash, String username) {
        if (tokenHash == null || username == null) {
            return false;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM trusted_device d JOIN app_user u ON u.id = d.user_id
                WHERE d.token_hash = :hash AND LOWER(u.username) = LOWER(:username) AND d.created_at > :since
                """)
                .param("hash", tokenHash).param("username", username.trim())
                .param("since", OffsetDateTime.now(clock).minus(properties.trustedDeviceLifetime()))
                .query(Long.class).single() > 0;
    }

    /** Remembers this browser for the user, giving it a new cookie unless it already has one for them. */
    void remember(HttpServletRequest request, HttpServletResponse response, long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String token = token(request);
        if (token != null && jdbc.sql("UPDATE trusted_device SET last_used_at = :now WHERE token_hash = :hash AND user_id = :user")
                .param("now", now).param("hash", hash(token)).param("user", userId).update() == 1) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO trusted_device (token_hash, user_id, created_at, last_used_at) VALUES (:hash, :user, :now, :now)")
                .param("hash", hash(fresh)).param("user", userId).param("now", now).update();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, fresh)
                .path("/login").httpOnly(true).secure(request.isSecure()).sameSite("Strict")
                .maxAge(properties.trustedDeviceLifetime()).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** Forgets every browser of a user (a disabled account, a reset password). */
    void forgetAll(long userId) {
        jdbc.sql("DELETE FROM trusted_device WHERE user_id = :user").param("user", userId).update();
    }

    /** The hash of the request's device cookie, as stored; null without one. */
    static String tokenHash(HttpServletRequest request) {
        String token = token(request);
        return token == null ? null : hash(token);
    }

    private static String token(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 100) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
