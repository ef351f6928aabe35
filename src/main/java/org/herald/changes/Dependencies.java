package org.herald.changes;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a response depends on, in the change log's own terms: the entities (and entity ids) whose
 * changes would make it stale. A read of the public read model declares what it read; a page
 * cache collects the declarations of a request's thread while it renders, and evicts the
 * response when the change log names one of them. Outside a collection (background work, the
 * back office) a declaration costs nothing.
 *
 * <p>Keys are {@code entity:id} for one thing, {@code entity:*} for "any of them" (a list, a
 * look-up that found nothing and may find something later), and {@code group:<uuid>} for the
 * language versions of one translation group.
 *
 * <p>A response can also depend on the clock: what it shows changes at a known instant with no
 * change to the database (a highlight that starts or ends). It declares that instant with
 * {@link #until}, and a cache keeps it no longer: the change log cannot evict it, since nothing
 * is written when the instant passes.
 */
public final class Dependencies {

    /** Any thing of the entity: a list, a search, a look-up that found nothing. */
    public static final String ANY = "*";

    private static final ThreadLocal<Set<String>> COLLECTED = new ThreadLocal<>();
    private static final ThreadLocal<Instant[]> UNTIL = new ThreadLocal<>();

    private Dependencies() {
    }

    /** The response depends on this one thing. */
    public static void on(String entity, Object id) {
        add(entity + ":" + id);
    }

    /** The response depends on every thing of the entity (a list of them, or a miss). */
    public static void onAny(String entity) {
        add(entity + ":" + ANY);
    }

    /** The response depends on the language versions of a translation group. */
    public static void onGroup(Object group) {
        add("group:" + group);
    }

    /** The response depends on each of these keys (what a kept value read, declared again where it is used). */
    public static void onAll(java.util.Collection<String> keys) {
        Set<String> collected = COLLECTED.get();
        if (collected != null) {
            collected.addAll(keys);
        }
    }

    /**
     * Runs {@code work}, collecting what it declares into {@code into}; a collection already under
     * way on the thread (a page being rendered) gets the same declarations, and goes on after.
     */
    public static <T> T collecting(Set<String> into, java.util.function.Supplier<T> work) {
        Set<String> outer = COLLECTED.get();
        COLLECTED.set(into);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                COLLECTED.remove();
            } else {
                COLLECTED.set(outer);
                outer.addAll(into);
            }
        }
    }

    /** The response shows something that changes at this instant by the clock alone; the earliest declared counts. */
    public static void until(Instant instant) {
        Instant[] until = UNTIL.get();
        if (until != null && instant != null && (until[0] == null || instant.isBefore(until[0]))) {
            until[0] = instant;
        }
    }

    /** Starts collecting the current thread's declarations; returns them, growing as it renders. */
    public static Set<String> collect() {
        Set<String> keys = new LinkedHashSet<>();
        COLLECTED.set(keys);
        UNTIL.set(new Instant[1]);
        return keys;
    }

    /** The earliest instant declared with {@link #until} while collecting, null when none was. */
    public static Instant validUntil() {
        Instant[] until = UNTIL.get();
        return until == null ? null : until[0];
    }

    /** Stops collecting on the current thread. */
    public static void stop() {
        COLLECTED.remove();
        UNTIL.remove();
    }

    private static void add(String key) {
        Set<String> keys = COLLECTED.get();
        if (keys != null) {
            keys.add(key);
        }
    }
}
