package org.herald.content;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A language version as the back office edits it: its working copy and where it stands.
 *
 * @param version          the optimistic-lock version a save must quote
 * @param revisionNumber   the number of the latest revision (the working copy)
 * @param publishedRevision number of the revision the public sees, null when not published
 * @param publishedSlug    the slug the public knows the item by, null when not published
 * @param translation      what it was translated from; null for an original
 * @param publishAt        when a scheduled item goes live (UTC), null when not scheduled
 * @param unpublishAt      when a published or scheduled item comes off the site, null for never
 */
public record EditableItem(long id, UUID translationGroup, ContentStatus status, int version, int revisionNumber,
                           Integer publishedRevision, String publishedSlug, ContentDraft draft, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt, OffsetDateTime firstPublishedAt, Translation translation,
                           OffsetDateTime publishAt, OffsetDateTime unpublishAt) {

    public boolean isTranslation() {
        return translation != null;
    }

    /** Whether the working copy has changes the public does not see yet. */
    public boolean hasUnpublishedChanges() {
        return publishedRevision == null || publishedRevision != revisionNumber;
    }

    /** Whether the public has ever seen this language version (then it can be archived, not deleted). */
    public boolean everPublished() {
        return firstPublishedAt != null;
    }
}
