package org.herald.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.herald.changes.ChangeLog;
import org.herald.changes.ChangesCommitted;
import org.herald.changes.ChangesFollowed;
import org.herald.changes.Dependencies;
import org.herald.content.ContentGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's page cache exact: every {@code herald.cache.follow-interval} it reads the
 * change log from the last number applied and evicts what each change names, so no reader sees
 * a page more than that interval (and one read) behind the database, on any node.
 *
 * <p>A change to an item evicts the item's own key, its translation group's, and every list's
 * ({@code content_item:*}); a change to the menu or a contact evicts theirs. As for the search
 * index, a number missing below the highest one read (a transaction that commits late) is looked
 * for again until the grace has passed; a number given up on clears the whole cache, since what
 * it changed can no longer be known.
 */
@Component
@ConditionalOnWebApplication
class CacheFollower {

    private static final Logger log = LoggerFactory.getLogger(CacheFollower.class);
    private static final int BATCH = 500;
    private static final int MAX_MISSING = 10_000;

    private final PageCache cache;
    private final ChangeLog changes;
    private final ContentGroups groups;
    private final PageCacheProperties properties;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TreeMap<Long, Instant> missing = new TreeMap<>();
    private long highest = -1;

    CacheFollower(PageCache cache, ChangeLog changes, ContentGroups groups, PageCacheProperties properties,
                  Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cache = cache;
        this.changes = changes;
        this.groups = groups;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${herald.cache.follow-interval:250ms}", initialDelayString = "0s")
    synchronized void follow() {
        // Followed with the page cache off too: the node's memos (NodeMemos) are kept either way.
        try {
            if (highest < 0) {
                // The cache starts empty: nothing before now can be stale in it.
                highest = changes.latest();
                return;
            }
            apply();
        } catch (RuntimeException e) {
            // Nothing read can be trusted to be evicted: start again from an empty cache.
            cache.clear();
            log.warn("Page cache follower: {}; the cache was cleared", e.toString());
        }
    }

    /** This node committed changes: forget what they changed now, not at the next read of the log. */
    @EventListener
    void committedHere(ChangesCommitted committed) {
        cache.evict(keys(committed.changes().stream()
                .map(changed -> Map.entry(changed.entity(), changed.entityId())).toList()));
    }

    /** The search index moved on: search answers rendered before may be stale. */
    @EventListener
    void searchIndexChanged(org.herald.search.SearchIndexChanged event) {
        cache.evict(List.of(org.herald.search.SearchIndexChanged.KEY + ":" + Dependencies.ANY));
    }

    private void apply() {
        Instant now = clock.instant();
        long from = missing.isEmpty() ? highest : Math.min(highest, missing.firstKey() - 1);
        List<ChangeLog.Change> applied = new ArrayList<>();
        while (true) {
            List<ChangeLog.Change> batch = changes.since(from, BATCH);
            for (ChangeLog.Change change : batch) {
                if (change.seq() > highest) {
                    for (long gap = highest + 1; gap < change.seq() && missing.size() < MAX_MISSING; gap++) {
                        missing.put(gap, now);
                    }
                    highest = change.seq();
                    applied.add(change);
                } else if (missing.remove(change.seq()) != null) {
                    applied.add(change);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).seq();
        }
        if (!applied.isEmpty()) {
            cache.evict(keys(applied.stream().map(change -> Map.entry(change.entity(), change.entityId())).toList()));
            events.publishEvent(new ChangesFollowed(applied.stream().map(ChangeLog.Change::entity)
                    .collect(java.util.stream.Collectors.toSet())));
        }
        if (missing.values().removeIf(since -> since.plus(properties.gapGrace()).isBefore(now))) {
            cache.clear();
        }
    }

    /** The dependency keys the changes make stale. */
    private Set<String> keys(List<Map.Entry<String, Long>> changed) {
        Set<String> keys = new LinkedHashSet<>();
        List<Long> items = new ArrayList<>();
        for (Map.Entry<String, Long> change : changed) {
            keys.add(change.getKey() + ":" + change.getValue());
            keys.add(change.getKey() + ":" + Dependencies.ANY);
            if ("content_item".equals(change.getKey())) {
                items.add(change.getValue());
            }
        }
        if (!items.isEmpty()) {
            Map<Long, UUID> found = groups.of(items);
            found.values().forEach(group -> keys.add("group:" + group));
            groups.parentsOf(items).forEach(parent -> keys.add("group:" + parent));
        }
        return keys;
    }
}
