package org.herald.search;

/**
 * This node's search index has taken up changes (or a new generation): search answers drawn
 * before may be stale. Published after the index commits them.
 *
 * @param lastSeq the last change-log number the index has applied
 */
public record SearchIndexChanged(long lastSeq) {

    /** What search answers depend on, as a cache names it: {@code search:*}. */
    public static final String KEY = "search";
}
