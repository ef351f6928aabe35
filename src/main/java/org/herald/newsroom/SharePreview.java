package org.herald.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.content.ContentStatus;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an embargoed preview link for one recipient: a random token of its own, an expiry. The
 * token is returned this once; the database keeps only its hash, so the list of links does not
 * give them away.
 */
@Component
public class SharePreview {

    static final int MAX_RECIPIENT = 200;

    private final PreviewLinks links;
    private final EditorialContent content;
    private final AuditLog audit;
    private final Clock clock;

    SharePreview(PreviewLinks links, EditorialContent content, AuditLog audit, Clock clock) {
        this.links = links;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new link and its token, which only this answer ever shows. */
    public record NewLink(long id, String token) {

        /** The link's path on this site. */
        public String path() {
            return "/preview/" + token;
        }
    }

    @Transactional
    public NewLink share(Actor actor, long itemId, String recipient, Instant expiresAt) {
        actor.require(Permission.PREVIEW_SHARE);
        EditableItem item = content.get(itemId);
        if (item.status() == ContentStatus.PUBLISHED || item.status() == ContentStatus.ARCHIVED) {
            throw new PreviewException("embargo.error.published");
        }
        String who = recipient == null ? "" : recipient.strip().replaceAll("\\s+", " ");
        if (who.isEmpty() || who.length() > MAX_RECIPIENT) {
            throw new PreviewException("embargo.error.recipient");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (expiresAt == null || !expiresAt.isAfter(now.toInstant())) {
            throw new PreviewException("embargo.error.expiry");
        }
        String token = PreviewTokens.fresh();
        long id = links.insert(itemId, PreviewTokens.hash(token), who, expiresAt.atOffset(ZoneOffset.UTC), actor, now);
        audit.record(actor, "preview.create", "content_item", itemId, "link " + id + " for " + who + ", expires "
                + expiresAt);
        return new NewLink(id, token);
    }
}
