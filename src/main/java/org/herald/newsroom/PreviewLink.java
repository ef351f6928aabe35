package org.herald.newsroom;

import java.time.OffsetDateTime;

/**
 * An embargoed preview link as the back office lists it (the token itself is shown once, when
 * the link is made, and never stored).
 *
 * @param views        how many times it was opened
 * @param lastViewedAt when it was last opened, null if never
 */
public record PreviewLink(long id, long itemId, String recipient, OffsetDateTime createdAt, String createdBy,
                          OffsetDateTime expiresAt, OffsetDateTime revokedAt, String revokedBy, long views,
                          OffsetDateTime lastViewedAt) {

    /** Whether the link still opens the preview at {@code now}. */
    public boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** The message key of the link's state at {@code now}. */
    public String stateKey(OffsetDateTime now) {
        if (revokedAt != null) {
            return "embargo.state.revoked";
        }
        return expiresAt.isAfter(now) ? "embargo.state.active" : "embargo.state.expired";
    }
}
