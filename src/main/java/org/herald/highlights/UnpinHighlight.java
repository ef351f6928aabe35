package org.herald.highlights;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Removes a pin from its page, at once and on every node. */
@Component
public class UnpinHighlight {

    private final HighlightStore store;
    private final AuditLog audit;
    private final ChangeLog changes;

    UnpinHighlight(HighlightStore store, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional
    public void unpin(Actor actor, long id) {
        actor.require(Permission.HIGHLIGHTS_EDIT);
        Highlight pin = store.find(id).orElseThrow(() -> new HighlightException("id", "highlights.error.unknown"));
        store.delete(id);
        audit.record(actor, "highlight.unpin", Highlights.ENTITY, id, pin.place() + ": "
                + (pin.isLink() ? pin.linkUrl() : pin.itemGroup()));
        changes.record(Highlights.ENTITY, id, pin.language(), "unpinned");
    }
}
