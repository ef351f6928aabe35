package org.herald.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache of each node.
 *
 * @param enabled              whether public responses are cached ({@code HERALD_CACHE}); off, every
 *                             request is rendered, as for a benchmark of the uncached path
 * @param maxSize              the most memory the cached responses may take, all encodings counted
 *                             ({@code HERALD_CACHE_SIZE})
 * @param maxEntry             the largest response kept
 * @param followInterval       how often the node reads the change log to evict what changed; a reader
 *                             never sees a page more than this (plus a read) behind the log
 * @param gapGrace             how long a change-log number missing below the highest read is waited for
 *                             (a transaction may commit after a later one)
 * @param browserMaxAge        how long a browser may use a public page without asking again
 * @param sharedMaxAge         how long a proxy or CDN in front may use it (it can also purge by key)
 * @param staleWhileRevalidate how long a proxy may serve it stale while it fetches a fresh one
 * @param staleIfError         how long a proxy may serve it stale while Herald answers with errors
 */
@ConfigurationProperties("herald.cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("128MB") DataSize maxSize,
        @DefaultValue("2MB") DataSize maxEntry,
        @DefaultValue("250ms") Duration followInterval,
        @DefaultValue("60s") Duration gapGrace,
        @DefaultValue("10s") Duration browserMaxAge,
        @DefaultValue("60s") Duration sharedMaxAge,
        @DefaultValue("30s") Duration staleWhileRevalidate,
        @DefaultValue("1d") Duration staleIfError) {

    /** The {@code Cache-Control} of a public response. */
    String cacheControl() {
        return "public, max-age=" + browserMaxAge.toSeconds() + ", s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds() + ", stale-if-error="
                + staleIfError.toSeconds();
    }
}
