package org.herald.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery and its safety rules.
 *
 * @param allowHttp      accept {@code http:} endpoints (off: https only)
 * @param allowPrivate   accept endpoints whose host resolves to a loopback, private, link-local or
 *                       other non-public address (off; tests and closed networks turn it on)
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait for the whole response
 * @param disableAfter   consecutive failed attempts after which an endpoint is disabled
 * @param rotationGrace  how long the previous secret still signs after a rotation
 */
@ConfigurationProperties("herald.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowHttp, @DefaultValue("false") boolean allowPrivate,
                                @DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
                                @DefaultValue("20") int disableAfter, @DefaultValue("24h") Duration rotationGrace) {
}
