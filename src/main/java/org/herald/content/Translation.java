package org.herald.content;

/**
 * What makes a language version a translation: the version it was made from, the revision of
 * that source it follows, and who translated it.
 *
 * @param sourceRevision the source's revision number the translation was last brought up to
 * @param credit         who translated it, shown with the translation; may be null
 */
public record Translation(long sourceItemId, int sourceRevision, String credit) {
}
