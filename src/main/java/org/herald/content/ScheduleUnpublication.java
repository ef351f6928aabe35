package org.herald.content;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets (or clears) when a published or scheduled item comes off the site. Not a move of its own:
 * at that time {@link ScheduledPublishing} unpublishes it through {@link UnpublishContent}.
 */
@Component
public class ScheduleUnpublication {

    private final ContentItems items;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    ScheduleUnpublication(ContentItems items, AuditLog audit, ChangeLog changes, Clock clock) {
        this.items = items;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** @param unpublishAt the instant, or null to keep the item up */
    @Transactional
    public void set(Actor actor, long id, Instant unpublishAt) {
        actor.require(Permission.CONTENT_PUBLISH);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (item.status() != ContentStatus.PUBLISHED && item.status() != ContentStatus.SCHEDULED) {
            throw new TransitionNotAllowedException(id, Transition.UNPUBLISH, item.status());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (unpublishAt != null && (!unpublishAt.isAfter(now.toInstant())
                || (item.publishAt() != null && !unpublishAt.isAfter(item.publishAt().toInstant())))) {
            throw new ScheduleException(unpublishAt.isAfter(now.toInstant()) ? "error.schedule.unpublish-before"
                    : "error.schedule.past");
        }
        items.schedule(id, item.publishAt(), SchedulePublication.utc(unpublishAt));
        audit.record(actor, "content.schedule-unpublish", "content_item", id,
                unpublishAt == null ? "cleared" : "unpublish at " + unpublishAt);
        changes.record("content_item", id, item.draft().language().code(), "schedule-unpublish");
    }
}
