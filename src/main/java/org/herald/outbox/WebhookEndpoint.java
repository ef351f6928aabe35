package org.herald.outbox;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A registered webhook endpoint.
 *
 * @param secret              the current signing secret ({@code whsec_} and base64)
 * @param previousSecret      the secret before the last rotation, still signing until {@code previousSecretUntil}
 * @param consecutiveFailures failed attempts since the last success
 */
public record WebhookEndpoint(long id, String url, Set<WebhookEvent> events, String secret, String previousSecret,
                       OffsetDateTime previousSecretUntil, boolean enabled, int consecutiveFailures,
                       OffsetDateTime disabledAt, OffsetDateTime createdAt, String createdBy) {

    /** The secrets that sign at {@code now}: the current one, and the previous during its grace. */
    java.util.List<String> signingSecrets(OffsetDateTime now) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)
                ? java.util.List.of(secret, previousSecret) : java.util.List.of(secret);
    }
}
