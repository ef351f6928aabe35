package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.changes.ChangeLog;
import org.herald.store.Writes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The two halves every workflow action shares: take the item's row lock and check the move
 * against {@link Transition} (permission and starting state), then record the new state with
 * its audit entry and change-log row. This is the one class that writes {@code content_item.status}
 * ({@code WorkflowPathTests} fails on any other).
 */
@Component
class Workflow {

    private static final String SET_STATUS = "UPDATE content_item SET status = :status, updated_at = :now WHERE id = :id";
    /** PUBLISH also records which revision is public; the revision must exist by the time this runs. */
    private static final String SET_PUBLISHED = """
            UPDATE content_item SET status = :status, publish_at = NULL,
                published_revision_id = (SELECT id FROM revision WHERE item_id = :id AND number = :number),
                first_published_at = COALESCE(first_published_at, :now), updated_at = :now
            WHERE id = :id
            """;

    private final ContentItems items;
    private final ReviewComments comments;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;
    private final Writes writes;
    private final ApplicationEventPublisher events;

    Workflow(ContentItems items, ReviewComments comments, AuditLog audit, ChangeLog changes, Clock clock,
             Writes writes, ApplicationEventPublisher events) {
        this.events = events;
        this.items = items;
        this.comments = comments;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.writes = writes;
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
        EditableItem item = lock(actor, id, transition);
        if (!transition.allowedFrom(item.status())) {
            throw new TransitionNotAllowedException(id, transition, item.status());
        }
        return item;
    }

    /**
     * As {@link #begin}, for a move that is no error to ask for in a state it does not start from
     * (unpublishing what is not published): then the item is still locked, and empty is returned.
     */
    Optional<EditableItem> beginIfApplies(Actor actor, long id, Transition transition) {
        EditableItem item = lock(actor, id, transition);
        return transition.allowedFrom(item.status()) ? Optional.of(item) : Optional.empty();
    }

    private EditableItem lock(Actor actor, long id, Transition transition) {
        actor.require(transition.permission());
        return items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
    }

    /**
     * The move a save makes by itself ({@link Transition#BACK_TO_DRAFT}) when {@code saved}, the
     * item as it stood before the save, was in a state it leaves and the actor lacks its permission;
     * nothing otherwise. A scheduled item comes off the schedule.
     */
    void afterEdit(Actor actor, EditableItem saved, OffsetDateTime now) {
        Transition back = Transition.BACK_TO_DRAFT;
        if (back.allowedFrom(saved.status()) && !actor.can(back.permission())) {
            items.schedule(saved.id(), null, saved.unpublishAt());
            finish(actor, saved, back, "edited", now);
        }
    }

    /**
     * Puts the item in the move's target state and records who did it. {@code item} is the item
     * as it stood before the move.
     *
     * @throws IllegalStateException when the table has no such move from the item's state: the
     *                               caller skipped {@link #begin}'s check
     */
    void finish(Actor actor, EditableItem item, Transition transition, String detail, OffsetDateTime now) {
        if (!transition.allowedFrom(item.status())) {
            throw new IllegalStateException(transition + " does not start from " + item.status());
        }
        long id = item.id();
        writes.sql(transition == Transition.PUBLISH ? SET_PUBLISHED : SET_STATUS)
                .param("status", transition.to().name()).param("now", now).param("id", id)
                .param("number", item.revisionNumber());
        String change = item.status() + " → " + transition.to() + (detail == null ? "" : " · " + detail);
        audit.record(actor, transition.auditAction(), "content_item", id, change);
        changes.record("content_item", id, item.draft().language().code(), transition.changeAction());
        if (transition == Transition.PUBLISH || transition == Transition.UNPUBLISH) {
            announce(item, transition, now);
        }
    }

    /** Tells the modules that react to publication (the outbox), inside this transaction. */
    private void announce(EditableItem item, Transition transition, OffsetDateTime now) {
        ContentDraft draft = item.draft();
        events.publishEvent(new ContentMoved(item.id(), item.translationGroup(), draft.language().code(),
                transition.changeAction(), item.firstPublishedAt() == null, item.isTranslation(), draft.type(),
                draft.kind(), draft.title(), draft.summary(), Paths.of(draft.type(), draft.language(), draft.slug()),
                draft.countries(), draft.themes(), now));
    }
}
