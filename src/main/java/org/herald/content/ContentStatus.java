package org.herald.content;

/**
 * Where a language version of an item is in the editorial workflow. Each translation has its
 * own state. Publishing copies a revision into the public read model; every other state keeps
 * the item out of it.
 */
public enum ContentStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    /** The message key of the state's name ("status.draft"). */
    public String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
