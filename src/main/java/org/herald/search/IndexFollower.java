package org.herald.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.store.LockObtainFailedException;
import org.herald.changes.ChangeLog;
import org.herald.partners.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current. Every few hundred milliseconds it reads the change log from
 * the last sequence number applied and re-indexes each changed item from the read model:
 * published, it is added or replaced; not published, it is removed. On the first run it opens
 * the generation in use (checking it), or builds one when it is missing or damaged; later runs
 * also take up a generation that a {@code reindex} in another process has built.
 *
 * <p>Sequence numbers are not always visible in order: on PostgreSQL a transaction that took
 * number 41 may commit after the one that took 42. A number missing below the highest one read
 * is remembered and looked for again until {@code gapGrace} has passed (after which it is taken
 * as rolled back), and the index's commit records the number below the oldest missing one, so a
 * restart re-reads from there.
 *
 * <p>An index follows one database, and one history of it. A database restored from a backup (or
 * another database put in its place) lacks the changes the index has after the backup, and gives
 * their numbers again to new changes. The index's anchor, the newest change it has read, is looked
 * up in the log when the index is opened and on every run: when the log no longer holds that
 * change as it was read, the index is dropped and rebuilt, so that no reader is shown what the
 * database no longer says.
 */
@Component
@ConditionalOnWebApplication
class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final int BATCH = 500;
    private static final int MAX_MISSING = 10_000;

    private final SearchIndex index;
    private final IndexBuilder builder;
    private final SearchSources sources;
    private final ChangeLog changes;
    private final SearchProperties properties;
    private final Clock clock;
    private final TreeMap<Long, Instant> missing = new TreeMap<>();
    private long highest;
    private long committed;
    private final ApplicationEventPublisher events;
    /** The newest change read; null while the log is empty. */
    private Anchor anchor;

    IndexFollower(SearchIndex index, IndexBuilder builder, SearchSources sources, ChangeLog changes,
                  SearchProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.index = index;
        this.builder = builder;
        this.sources = sources;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${herald.search.follow-interval:300ms}", initialDelayString = "0s")
    synchronized void follow() {
        try {
            takeUpPointedGeneration();
            Generation generation = index.current();
            if (generation != null && !followsThisDatabase(Optional.ofNullable(anchor), committed)) {
                log.warn("The database no longer holds change {} that search index {} read: it was restored from a"
                        + " backup or replaced. Rebuilding the index", anchor == null ? committed : anchor.seq(),
                        generation.name());
                index.withdraw();
            } else if (generation != null) {
                apply(generation);
            }
        } catch (RuntimeException | IOException e) {
            log.warn("Search index follower: {}", e.toString(), e);
        }
    }

    /** Opens the generation the pointer names when it is not the one in use; builds one when there is none or it is damaged. */
    private void takeUpPointedGeneration() throws IOException {
        String pointed = index.pointed();
        Generation current = index.current();
        if (current != null && current.name().equals(pointed)) {
            return;
        }
        Generation next = null;
        if (pointed != null) {
            try {
                next = Generation.open(index.folder(pointed));
            } catch (LockObtainFailedException busy) {
                log.info("Search index {} is still held by another process; trying again", pointed);
                return;
            } catch (IOException | RuntimeException damaged) {
                if (!pointed.equals(index.pointed())) {
                    // A reindex named a newer generation (and may have deleted this one) meanwhile: take that up.
                    return;
                }
                log.warn("Search index {} is missing or damaged ({}); rebuilding it from the database", pointed,
                        damaged.toString());
            }
        }
        if (next != null && !followsThisDatabase(next)) {
            log.warn("Search index {} was built from another state of the database (restored from a backup, or"
                    + " replaced); rebuilding it", pointed);
            next = null;
        }
        if (next == null) {
            next = builder.build();
            index.point(next.name());
            if (pointed != null) {
                index.discard(index.folder(pointed));
            }
        }
        index.adopt(next);
        index.discardOlderThan(next.name());
        index.discardAbandoned();
        highest = next.lastSeq();
        committed = highest;
        anchor = next.anchor().orElse(null);
        missing.clear();
        events.publishEvent(new SearchIndexChanged(highest));
        log.info("Search index {} in use, from change {}", next.name(), highest);
    }

    private void apply(Generation generation) throws IOException {
        Instant now = clock.instant();
        boolean changed = false;
        long from = missing.isEmpty() ? highest : Math.min(highest, missing.firstKey() - 1);
        while (true) {
            List<ChangeLog.Change> batch = changes.since(from, BATCH);
            for (ChangeLog.Change change : batch) {
                if (change.seq() > highest) {
                    for (long gap = highest + 1; gap < change.seq() && missing.size() < MAX_MISSING; gap++) {
                        missing.put(gap, now);
                    }
                    highest = change.seq();
                    if (anchor == null || change.seq() > anchor.seq()) {
                        anchor = Anchor.of(change);
                    }
                    changed |= apply(generation, change);
                } else if (missing.remove(change.seq()) != null) {
                    changed |= apply(generation, change);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).seq();
        }
        missing.values().removeIf(since -> since.plus(properties.gapGrace()).isBefore(now));
        long safe = missing.isEmpty() ? highest : missing.firstKey() - 1;
        if (changed || safe != committed) {
            generation.commit(safe, anchor);
            committed = safe;
            events.publishEvent(new SearchIndexChanged(safe));
        }
    }

    /**
     * Whether the database still holds the history an index has read: its anchor, exactly; or, for
     * an index without one (built before anchors were kept, or from an empty log), a log that
     * reaches at least as far as the index.
     */
    private boolean followsThisDatabase(Optional<Anchor> newestRead, long lastSeq) {
        return newestRead.map(read -> read.heldBy(changes)).orElseGet(() -> lastSeq <= changes.latest());
    }

    /** The same for a generation just opened, which is closed when it does not (or when the database cannot say). */
    private boolean followsThisDatabase(Generation opened) throws IOException {
        boolean follows = false;
        try {
            follows = followsThisDatabase(opened.anchor(), opened.lastSeq());
            return follows;
        } finally {
            if (!follows) {
                opened.close();
            }
        }
    }

    /** Re-reads the changed thing and puts it in, or takes it out; whether the index changed. */
    private boolean apply(Generation generation, ChangeLog.Change change) throws IOException {
        switch (change.entity()) {
            case "content_item" -> putOrDelete(generation, sources.item(change.entityId()),
                    DocumentType.ARTICLE.id(SearchSources.itemKey(change.entityId())));
            case "contact" -> putOrDelete(generation, sources.contact(change.entityId()),
                    DocumentType.CONTACT.id(change.entityId()));
            case Partners.PARTNER -> putOrDelete(generation, sources.partner(change.entityId()),
                    DocumentType.PARTNER.id(change.entityId()));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Puts the thing in as it is now, or takes it out (by its document id) when it is gone. */
    private static void putOrDelete(Generation generation, java.util.Optional<SearchDocument> document, String id)
            throws IOException {
        if (document.isPresent()) {
            generation.put(document.get());
        } else {
            generation.delete(id);
        }
    }
}
