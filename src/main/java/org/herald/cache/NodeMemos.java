package org.herald.cache;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.herald.changes.Dependencies;
import org.springframework.stereotype.Component;

/**
 * Values every page needs and this node keeps until the change log names something they read,
 * as the page cache keeps responses (the site's name and menu in each language, which every
 * page's frame shows): a page rendered on a miss of the page cache then reads only its own
 * content. A value's dependencies are declared again wherever it is used, so a cached page that
 * shows it is evicted with it. The change log is followed for them with the page cache off too.
 */
@Component
public class NodeMemos {

    private final PageCache cache;
    /** Whether the change log is followed: a node that serves no web requests runs no follower, and keeps nothing. */
    private final boolean followed;

    NodeMemos(PageCache cache, org.springframework.beans.factory.ObjectProvider<CacheFollower> follower) {
        this.cache = cache;
        this.followed = follower.getIfAvailable() != null;
    }

    /** The value kept under {@code key}, or computed now (and kept, unless what it read changed meanwhile). */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (!followed) {
            return compute.get();
        }
        PageCache.Memo kept = cache.memo(key);
        if (kept != null) {
            Dependencies.onAll(kept.keys());
            return (T) kept.value();
        }
        long stamp = cache.stamp();
        Set<String> keys = new LinkedHashSet<>();
        T value = Dependencies.collecting(keys, compute);
        if (value != null) {
            cache.putMemo(key, new PageCache.Memo(value, Set.copyOf(keys)), stamp);
        }
        return value;
    }
}
