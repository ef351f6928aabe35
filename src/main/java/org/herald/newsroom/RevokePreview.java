package org.herald.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stops a preview link from working, at once and for good. */
@Component
public class RevokePreview {

    private final PreviewLinks links;
    private final AuditLog audit;
    private final Clock clock;

    RevokePreview(PreviewLinks links, AuditLog audit, Clock clock) {
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** Revokes the link if it belongs to the item. */
    @Transactional
    public void revoke(Actor actor, long itemId, long linkId) {
        actor.require(Permission.PREVIEW_SHARE);
        PreviewLink link = links.byId(linkId).filter(found -> found.itemId() == itemId)
                .orElseThrow(() -> new PreviewException("embargo.error.unknown"));
        if (link.revokedAt() != null) {
            return;
        }
        links.revoke(linkId, actor, OffsetDateTime.now(clock));
        audit.record(actor, "preview.revoke", "content_item", itemId, "link " + linkId + " for " + link.recipient());
    }
}
