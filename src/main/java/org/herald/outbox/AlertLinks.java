package org.herald.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The links of alert mail. A confirmation link is signed (HMAC-SHA256 under the subscriber's own
 * random token, which is kept in the database and so known to every node) over the subscriber
 * and the link's expiry: a changed subscriber or expiry, or a late click, is refused. The
 * preferences and unsubscribe links carry the token itself, a 256-bit random secret.
 */
@Component
class AlertLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AlertProperties properties;

    AlertLinks(AlertProperties properties) {
        this.properties = properties;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String confirm(AlertSubscriber subscriber, Instant expires) {
        long e = expires.getEpochSecond();
        return properties.siteUrl() + "/" + subscriber.language() + "/alerts/confirm?s=" + subscriber.id() + "&e=" + e
                + "&sig=" + signature(subscriber.token(), subscriber.id(), e);
    }

    String preferences(AlertSubscriber subscriber) {
        return properties.siteUrl() + "/" + subscriber.language() + "/alerts/preferences/" + subscriber.token();
    }

    String unsubscribe(AlertSubscriber subscriber) {
        return properties.siteUrl() + "/alerts/unsubscribe/" + subscriber.token();
    }

    String page(String path) {
        return properties.siteUrl() + path;
    }

    /**
     * Checks a confirmation link's signature and expiry.
     *
     * @throws AlertException when it was changed or has expired
     */
    static void verify(AlertSubscriber subscriber, long expires, String signature, Instant now) {
        byte[] expected = signature(subscriber.token(), subscriber.id(), expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = (signature == null ? "" : signature).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new AlertException("alerts.error.link");
        }
        if (now.getEpochSecond() > expires) {
            throw new AlertException("alerts.error.expired");
        }
    }

    private static String signature(String token, long id, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] sig = mac.doFinal(("confirm." + id + "." + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
