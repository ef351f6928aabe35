package org.herald.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public API's limits.
 *
 * @param defaultLimit       items in a page of a list when the client names no {@code limit}
 * @param maxLimit           the most items a client may ask for in one page
 * @param anonymousPerMinute requests a minute one address may make without a key
 *                           ({@code HERALD_API_ANONYMOUS_PER_MINUTE}); a burst of as many is allowed
 * @param keyPerMinute       the limit a new key is offered with in the back office
 * @param keyCheckCache      how long a node remembers what a key is worth before it reads the key
 *                           again at the latest; a revocation reaches every node sooner, through
 *                           the change log
 * @param trackedClients     the most addresses and keys a node keeps a bucket for (the least recently
 *                           seen are forgotten, and start again with a full bucket)
 */
@ConfigurationProperties("herald.api")
public record ApiProperties(
        @DefaultValue("20") int defaultLimit,
        @DefaultValue("100") int maxLimit,
        @DefaultValue("60") int anonymousPerMinute,
        @DefaultValue("600") int keyPerMinute,
        @DefaultValue("30s") Duration keyCheckCache,
        @DefaultValue("100000") int trackedClients) {
}
