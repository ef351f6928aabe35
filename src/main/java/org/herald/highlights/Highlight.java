package org.herald.highlights;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A pin as it is stored and as the back office lists it.
 *
 * @param place      where it shows: {@link Highlights#HOME} or a section page's translation group
 * @param position   its order among the pins of its place, from 1
 * @param itemGroup  the translation group of the pinned item; null for an external link
 * @param linkUrl    the external link's address; null for an item
 * @param linkTitle  the external link's title, in its language
 * @param imageKey   its own picture from the media library (a link's; an item shows its featured image), may be null
 * @param language   the language it shows in; null for all
 * @param startsAt   when it starts to show
 * @param endsAt     when it stops showing; null for "until it is removed"
 */
public record Highlight(long id, String place, int position, UUID itemGroup, String linkUrl, String linkTitle,
                        String imageKey, String imageAlt, String imageCredit, String language,
                        OffsetDateTime startsAt, OffsetDateTime endsAt) {

    public boolean isLink() {
        return linkUrl != null;
    }

    /** Whether it shows at this instant. */
    public boolean shownAt(java.time.Instant now) {
        return !startsAt.toInstant().isAfter(now) && (endsAt == null || endsAt.toInstant().isAfter(now));
    }
}
