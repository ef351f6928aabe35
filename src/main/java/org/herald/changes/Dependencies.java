package org.herald.changes;

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
 */
public final class Dependencies {

    /** Any thing of the entity: a list, a search, a look-up that found nothing. */
    public static final String ANY = "*";

    private static final ThreadLocal<Set<String>> COLLECTED = new ThreadLocal<>();

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

    /** Starts collecting the current thread's declarations; returns them, growing as it renders. */
    public static Set<String> collect() {
        Set<String> keys = new LinkedHashSet<>();
        COLLECTED.set(keys);
        return keys;
    }

    /** Stops collecting on the current thread. */
    public static void stop() {
        COLLECTED.remove();
    }

    private static void add(String key) {
        Set<String> keys = COLLECTED.get();
        if (keys != null) {
            keys.add(key);
        }
    }
}
