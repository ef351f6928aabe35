package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a language version off the public site. Its revisions and its old URLs stay; the old
 * URLs answer 404 until it is published again.
 */
@Component
public class UnpublishContent {

    private final ContentItems items;
    private final PublishedItems published;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    UnpublishContent(ContentItems items, PublishedItems published, AuditLog audit, ChangeLog changes, Clock clock) {
        this.items = items;
        this.published = published;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void unpublish(Actor actor, long id) {
        actor.require(Permission.CONTENT_PUBLISH);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (item.status() != ContentStatus.PUBLISHED) {
            return;
        }
        published.remove(id);
        items.setStatus(id, ContentStatus.UNPUBLISHED, OffsetDateTime.now(clock));
        audit.record(actor, "content.unpublish", "content_item", id, null);
        changes.record("content_item", id, item.draft().language().code(), "unpublished");
    }
}
