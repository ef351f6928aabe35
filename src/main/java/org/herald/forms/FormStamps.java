package org.herald.forms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timestamp a form carries, signed (HMAC-SHA256) so that a sender cannot backdate it, and the
 * keyed hash of a sender's address. The key is made by the first node that needs it and shared by
 * all through {@code form_key}.
 */
@Component
class FormStamps {

    private final JdbcClient jdbc;
    private volatile byte[] key;

    FormStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stamp of the instant a form was shown: "seconds.signature". */
    String stamp(String slug, Instant shown) {
        String seconds = Long.toString(shown.getEpochSecond());
        return seconds + "." + sign(slug + ":" + seconds);
    }

    /** The instant a stamp was made for this form; empty when it is missing, malformed or forged. */
    Optional<Instant> read(String slug, String stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String seconds = stamp.substring(0, dot);
        byte[] expected = sign(slug + ":" + seconds).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
        } catch (NumberFormatException | java.time.DateTimeException malformed) {
            return Optional.empty();
        }
    }

    /** A sender's address as stored: keyed, so that it cannot be turned back into the address. */
    String sender(String address) {
        return sign("sender:" + address);
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            Optional<String> stored = stored();
            if (stored.isEmpty()) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    jdbc.sql("INSERT INTO form_key (id, secret) VALUES (1, :secret)")
                            .param("secret", Base64.getEncoder().encodeToString(fresh)).update();
                } catch (DuplicateKeyException anotherNodeMadeIt) {
                    // the other node's key is read below
                }
                stored = stored();
            }
            known = Base64.getDecoder().decode(stored.orElseThrow());
            key = known;
        }
        return known;
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT secret FROM form_key WHERE id = 1").query(String.class).optional();
    }
}
