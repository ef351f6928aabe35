package org.herald.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers.
 *
 * @param enabled      whether this node delivers (every node may: they never claim the same message)
 * @param interval     how often the node looks for due messages
 * @param batch        how many messages one claim takes
 * @param maxAttempts  attempts before a message is given up as failed (kept, with its attempts)
 * @param firstRetry   the delay after the first failure; each next one doubles, with jitter
 * @param maxRetry     the longest delay between two attempts
 * @param lease        how long a claimed message is left to the node that claimed it; a node killed
 *                     mid-send gives it back when this runs out (longer than any send's timeouts)
 */
@ConfigurationProperties("herald.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
                               @DefaultValue("100") int batch, @DefaultValue("12") int maxAttempts,
                               @DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
                               @DefaultValue("2m") Duration lease) {
}
