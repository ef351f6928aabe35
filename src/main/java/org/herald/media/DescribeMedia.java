package org.herald.media;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the alt text of an image: what a screen reader says in its place, and what shows when it
 * cannot load. Every page that shows the image uses it; an image without it cannot be published.
 */
@Component
public class DescribeMedia {

    static final int MAX_ALT = 1000;

    private final MediaStore store;
    private final AuditLog audit;
    private final Clock clock;

    DescribeMedia(MediaStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void describe(Actor actor, String key, String altText) {
        actor.require(Permission.MEDIA_UPLOAD);
        MediaItem item = store.find(key).orElseThrow(() -> new UploadRefusedException("library.error.unknown"));
        String alt = clean(altText);
        if (item.isImage() && alt == null) {
            throw new UploadRefusedException("library.error.alt-required");
        }
        store.describe(item.id(), alt, OffsetDateTime.now(clock));
        audit.record(actor, "media.edit", "media", item.id(), alt);
    }

    /** Alt text as stored: spaces collapsed, null when empty; refused when too long. */
    static String clean(String altText) {
        String alt = altText == null ? "" : altText.strip().replaceAll("\\s+", " ");
        if (alt.length() > MAX_ALT) {
            throw new UploadRefusedException("library.error.alt-too-long");
        }
        return alt.isEmpty() ? null : alt;
    }
}
