package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
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
    private final Workflow workflow;
    private final Clock clock;

    UnpublishContent(ContentItems items, PublishedItems published, Workflow workflow, Clock clock) {
        this.items = items;
        this.published = published;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public void unpublish(Actor actor, long id) {
        workflow.beginIfApplies(actor, id, Transition.UNPUBLISH).ifPresent(item -> take(actor, item, null));
    }

    /** Unpublishes the item if it is published and its unpublish time has come; false otherwise. */
    @Transactional
    public boolean unpublishScheduled(Actor scheduler, long id, OffsetDateTime now, String node) {
        EditableItem item = workflow.beginIfApplies(scheduler, id, Transition.UNPUBLISH).orElse(null);
        if (item == null || item.unpublishAt() == null || item.unpublishAt().isAfter(now)) {
            return false;
        }
        take(scheduler, item, "due " + item.unpublishAt().toInstant() + " · node " + node);
        return true;
    }

    private void take(Actor actor, EditableItem item, String detail) {
        items.schedule(item.id(), null, null);
        published.remove(item.id());
        workflow.finish(actor, item, Transition.UNPUBLISH, detail, OffsetDateTime.now(clock));
    }
}
