package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;

/**
 * The two halves every workflow action shares: take the item's row lock and check the move
 * against {@link Transition} (permission and starting state), then record the new state with
 * its audit entry and change-log row.
 */
@Component
class Workflow {

    private final ContentItems items;
    private final ReviewComments comments;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    Workflow(ContentItems items, ReviewComments comments, AuditLog audit, ChangeLog changes, Clock clock) {
        this.items = items;
        this.comments = comments;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * A whole move that needs nothing but the state change and an optional note: the note, if
     * any, is added to the review as a comment of {@code kind}.
     */
    void move(Actor actor, long id, Transition transition, ReviewComment.Kind kind, String note) {
        EditableItem item = begin(actor, id, transition);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text = ReviewComments.clean(note);
        if (text != null) {
            comments.add(id, item.revisionNumber(), kind, text, actor, now);
        }
        finish(actor, item, transition, "revision " + item.revisionNumber(), now);
    }

    /** The item, locked until the transaction ends, if the actor may make this move from its state. */
    EditableItem begin(Actor actor, long id, Transition transition) {
        actor.require(transition.permission());
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (!transition.allowedFrom(item.status())) {
            throw new TransitionNotAllowedException(id, transition, item.status());
        }
        return item;
    }

    /** Puts the item in the move's target state and records who did it. */
    void finish(Actor actor, EditableItem item, Transition transition, String detail, OffsetDateTime now) {
        items.setStatus(item.id(), transition.to(), now);
        String change = item.status() + " → " + transition.to() + (detail == null ? "" : " · " + detail);
        audit.record(actor, transition.auditAction(), "content_item", item.id(), change);
        changes.record("content_item", item.id(), item.draft().language().code(),
                transition.name().toLowerCase(java.util.Locale.ROOT));
    }
}
