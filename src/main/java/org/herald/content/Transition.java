package org.herald.content;

import static org.herald.content.ContentStatus.APPROVED;
import static org.herald.content.ContentStatus.ARCHIVED;
import static org.herald.content.ContentStatus.DRAFT;
import static org.herald.content.ContentStatus.IN_REVIEW;
import static org.herald.content.ContentStatus.PUBLISHED;
import static org.herald.content.ContentStatus.SCHEDULED;
import static org.herald.content.ContentStatus.UNPUBLISHED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.herald.accounts.Permission;

/**
 * The editorial workflow as a table: each move, the states it may start from, the state it
 * leads to and the permission it needs. Every action class checks its move here, so the screens,
 * the scheduler and any later API follow the same rules. {@code docs/permissions.md} shows the
 * same table; {@code WorkflowTests} keeps the two in step.
 *
 * <p>Authors write and submit; editors approve or send back, and publish or schedule. Someone
 * who may publish may also publish a draft directly (their own work needs no second pair of
 * eyes, and imports publish what they load); scheduling needs an approved item. The last two
 * moves are made by a save and by the scheduler, never by hand; they are in the table so that
 * {@link Workflow}, the one writer of an item's state, has a row for every change it makes.
 */
public enum Transition {
    SUBMIT(Permission.CONTENT_EDIT, IN_REVIEW, DRAFT, UNPUBLISHED),
    REQUEST_CHANGES(Permission.CONTENT_REVIEW, DRAFT, IN_REVIEW, APPROVED),
    APPROVE(Permission.CONTENT_REVIEW, APPROVED, IN_REVIEW),
    SCHEDULE(Permission.CONTENT_PUBLISH, SCHEDULED, APPROVED),
    CANCEL_SCHEDULE(Permission.CONTENT_PUBLISH, APPROVED, SCHEDULED),
    PUBLISH(Permission.CONTENT_PUBLISH, PUBLISHED, DRAFT, IN_REVIEW, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED),
    UNPUBLISH(Permission.CONTENT_PUBLISH, UNPUBLISHED, PUBLISHED),
    ARCHIVE(Permission.CONTENT_PUBLISH, ARCHIVED, DRAFT, IN_REVIEW, APPROVED, UNPUBLISHED),
    REOPEN(Permission.CONTENT_PUBLISH, DRAFT, ARCHIVED),
    /**
     * Made by a save, not by hand: an edit by someone who lacks this move's permission takes an
     * approved or scheduled item back to draft (what was approved is not what it says any more);
     * someone who may publish keeps the approval, which they could give themselves.
     */
    BACK_TO_DRAFT(Permission.CONTENT_PUBLISH, DRAFT, APPROVED, SCHEDULED),
    /** Made by the scheduler when it cannot publish a scheduled item: back to approved, off the schedule. */
    SCHEDULE_FAILED(Permission.CONTENT_PUBLISH, APPROVED, SCHEDULED);

    private final Permission permission;
    private final ContentStatus to;
    private final Set<ContentStatus> from;

    Transition(Permission permission, ContentStatus to, ContentStatus first, ContentStatus... more) {
        this.permission = permission;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public Permission permission() {
        return permission;
    }

    public ContentStatus to() {
        return to;
    }

    public Set<ContentStatus> from() {
        return from;
    }

    public boolean allowedFrom(ContentStatus status) {
        return from.contains(status);
    }

    /** The message key of the move's name: "transition." and the move, hyphenated. */
    public String messageKey() {
        return "transition." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action's name in the change log: "published" and "unpublished" (what its readers know), else the move's. */
    public String changeAction() {
        return switch (this) {
            case PUBLISH -> "published";
            case UNPUBLISH -> "unpublished";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /** The action's name in the audit log ("content.request-changes"). */
    public String auditAction() {
        return "content." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
