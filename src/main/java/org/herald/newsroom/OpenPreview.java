package org.herald.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone opens a preview link: if it is live (not revoked, not expired), the view is recorded,
 * in the link's own log and in the audit log, and the item it shows is returned.
 */
@Component
class OpenPreview {

    private final PreviewLinks links;
    private final AuditLog audit;
    private final Clock clock;

    OpenPreview(PreviewLinks links, AuditLog audit, Clock clock) {
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Optional<PreviewLink> open(String token, String address, String userAgent) {
        if (!PreviewTokens.wellFormed(token)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<PreviewLink> link = links.byTokenHash(PreviewTokens.hash(token)).filter(found -> found.activeAt(now));
        link.ifPresent(found -> {
            links.recordView(found.id(), address, userAgent, now);
            audit.record(new Actor(null, truncate("preview:" + found.recipient()), null, address), "preview.view",
                    "content_item", found.itemId(), "link " + found.id());
        });
        return link;
    }

    private static String truncate(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
