package org.herald.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import org.springframework.stereotype.Component;

/**
 * The cached responses of this node, bounded in bytes, with an index from each dependency key
 * to the responses that depend on it.
 *
 * <p>A response rendered while a change was being applied must not be kept: it may have read
 * the database before the change and be stored after the eviction. So every eviction takes a
 * number from a counter, remembers it for each key it evicts, and {@link #put} refuses a
 * response whose rendering began before the last eviction of one of its keys.
 */
@Component
class PageCache {

    /** Evictions older than this no longer matter: a render that takes longer is not kept. */
    static final Duration LONGEST_RENDER = Duration.ofMinutes(1);

    private final Cache<String, CachedResponse> responses;
    /** For each dependency key, the responses that depend on it, by their request key. */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, CachedResponse>> dependents =
            new ConcurrentHashMap<>();
    private final Cache<String, Long> evictedAt = Caffeine.newBuilder().expireAfterWrite(LONGEST_RENDER.multipliedBy(2))
            .build();
    private final AtomicLong evictions = new AtomicLong();
    private volatile long clearedAt;
    /** Values kept by {@link NodeMemos}, by key, each with the keys of what it read. */
    private final ConcurrentHashMap<String, Memo> memos = new ConcurrentHashMap<>();

    /** A kept value and the dependency keys of what computing it read. */
    record Memo(Object value, java.util.Set<String> keys) {
    }

    PageCache(PageCacheProperties properties) {
        this.responses = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedResponse response) -> response.weight())
                .executor(Runnable::run)
                .removalListener((String key, CachedResponse response, RemovalCause cause) -> {
                    if (key != null && response != null) {
                        forget(key, response);
                    }
                })
                .build();
    }

    CachedResponse get(String key) {
        return responses.getIfPresent(key);
    }

    /** The number a render takes when it begins, to be given back to {@link #put}. */
    long stamp() {
        return evictions.get();
    }

    /** Keeps a response, unless one of its keys was evicted since its render began. */
    boolean put(String key, CachedResponse response, long stamp) {
        if (evictedSince(stamp, response.keys())) {
            return false;
        }
        for (String dependency : response.keys()) {
            dependents.computeIfAbsent(dependency, k -> new ConcurrentHashMap<>()).put(key, response);
        }
        responses.put(key, response);
        // An eviction that ran between the check above and the index entries: take the response back out.
        if (evictedSince(stamp, response.keys())) {
            responses.asMap().remove(key, response);
            return false;
        }
        return true;
    }

    /** Evicts every response and memo that depends on one of the keys. */
    void evict(Collection<String> keys) {
        long number = evictions.incrementAndGet();
        for (String dependency : keys) {
            evictedAt.put(dependency, number);
            Map<String, CachedResponse> affected = dependents.remove(dependency);
            if (affected != null) {
                affected.forEach(responses.asMap()::remove);
            }
        }
        if (!memos.isEmpty()) {
            memos.values().removeIf(memo -> memo.keys().stream().anyMatch(keys::contains));
        }
    }

    /** Evicts everything (a change the log cannot name precisely, or a gap given up on). */
    void clear() {
        clearedAt = evictions.incrementAndGet();
        responses.invalidateAll();
        memos.clear();
    }

    Memo memo(String key) {
        return memos.get(key);
    }

    /** Keeps a value as {@link #put} keeps a response: not when one of its keys was evicted since it was computed. */
    void putMemo(String key, Memo memo, long stamp) {
        if (evictedSince(stamp, memo.keys())) {
            return;
        }
        memos.put(key, memo);
        if (evictedSince(stamp, memo.keys())) {
            memos.remove(key, memo);
        }
    }

    /** Whether the cache was cleared, or one of the keys evicted, since the work stamped {@code stamp} began. */
    private boolean evictedSince(long stamp, Collection<String> keys) {
        if (clearedAt > stamp) {
            return true;
        }
        for (String dependency : keys) {
            Long evicted = evictedAt.getIfPresent(dependency);
            if (evicted != null && evicted > stamp) {
                return true;
            }
        }
        return false;
    }

    long size() {
        return responses.estimatedSize();
    }

    /** Takes a response that left the cache out of the index: that response, not a newer one under its key. */
    private void forget(String key, CachedResponse response) {
        for (String dependency : response.keys()) {
            dependents.computeIfPresent(dependency, (k, map) -> {
                map.remove(key, response);
                return map.isEmpty() ? null : map;
            });
        }
    }
}
