package org.herald.content;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a language version that the public has never seen, with its revisions and comments
 * (the audit log keeps the record of it). What has been published once can only be archived:
 * its address was public, and its history must stay.
 */
@Component
public class DeleteContent {

    private final ContentItems items;
    private final AuditLog audit;
    private final ChangeLog changes;

    DeleteContent(ContentItems items, AuditLog audit, ChangeLog changes) {
        this.items = items;
        this.audit = audit;
        this.changes = changes;
    }

    /** Whether the actor may delete the item as it stands: what the screens ask before offering it. */
    public static boolean allows(Actor actor, EditableItem item) {
        return actor.can(Permission.CONTENT_DELETE) && deletable(item);
    }

    /** The rule: only what the public has never seen, and is not about to see. */
    private static boolean deletable(EditableItem item) {
        return !item.everPublished() && item.status() != ContentStatus.PUBLISHED
                && item.status() != ContentStatus.SCHEDULED;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.CONTENT_DELETE);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (!deletable(item)) {
            throw new TransitionNotAllowedException(id, null, item.status());
        }
        items.delete(id);
        audit.record(actor, "content.delete", "content_item", id, item.draft().title() + " (" + item.status() + ", "
                + item.revisionNumber() + " revisions)");
        changes.record("content_item", id, item.draft().language().code(), "deleted");
    }
}
