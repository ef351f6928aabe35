package org.herald.api;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * A token bucket (Bucket4j) per client of the API: per address for anonymous use, per key for
 * a key. Buckets are kept in each node's memory: behind a load balancer that spreads requests
 * over n nodes a client gets up to n times its limit, which fair use accepts (the limit is
 * there to stop one client from starving the others, not to bill anyone), and a request never
 * waits for a shared counter in the database.
 */
@Component
class RateLimits {

    /** The outcome of one request against its client's bucket. */
    record Outcome(boolean allowed, long limit, long remaining, long secondsToWait, long secondsToFull) {
    }

    private final Cache<String, Bucket> buckets;

    RateLimits(ApiProperties properties) {
        this.buckets = Caffeine.newBuilder().maximumSize(properties.trackedClients())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Takes a token from the client's bucket of {@code perMinute} tokens, refilled over each minute. */
    Outcome take(String client, int perMinute) {
        Bucket bucket = buckets.get(client + "/" + perMinute, name -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Outcome(probe.isConsumed(), perMinute, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForRefill()), seconds(probe.getNanosToWaitForReset()));
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
