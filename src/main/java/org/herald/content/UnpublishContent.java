package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.store.Pipeline;
import org.herald.store.Pipelines;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a language version off the public site. Its revisions and its old URLs stay; the old
 * URLs answer 404 until it is published again. Unpublishing what is not published does nothing.
 */
@Component
public class UnpublishContent {

    private final ContentItems items;
    private final PublishedItems published;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;
    private final Pipelines pipelines;

    UnpublishContent(ContentItems items, PublishedItems published, AuditLog audit, ChangeLog changes, Clock clock,
                     Pipelines pipelines) {
        this.items = items;
        this.published = published;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.pipelines = pipelines;
    }

    @Transactional
    public void unpublish(Actor actor, long id) {
        actor.require(Permission.CONTENT_PUBLISH);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (item.status() != ContentStatus.PUBLISHED) {
            return;
        }
        take(actor, item, null);
    }

    /** Unpublishes the item if it is published and its unpublish time has come; false otherwise. */
    @Transactional
    public boolean unpublishScheduled(Actor scheduler, long id, OffsetDateTime now, String node) {
        scheduler.require(Permission.CONTENT_PUBLISH);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (item.status() != ContentStatus.PUBLISHED || item.unpublishAt() == null || item.unpublishAt().isAfter(now)) {
            return false;
        }
        take(scheduler, item, "due " + item.unpublishAt().toInstant() + " · node " + node);
        return true;
    }

    private void take(Actor actor, EditableItem item, String detail) {
        long id = item.id();
        Pipeline writes = pipelines.start();
        published.remove(writes, id);
        audit.record(writes, actor, "content.unpublish", "content_item", id, detail);
        changes.record(writes, "content_item", id, item.draft().language().code(), "unpublished");
        writes.run();
        items.schedule(id, null, null);
        items.setStatus(id, ContentStatus.UNPUBLISHED, OffsetDateTime.now(clock));
    }
}
