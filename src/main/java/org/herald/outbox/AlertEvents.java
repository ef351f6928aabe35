package org.herald.outbox;

import java.time.OffsetDateTime;

import org.herald.content.ContentMoved;
import org.herald.content.ContentType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An article's first publication, in the publishing transaction: an alert for each confirmed
 * subscriber who asked for it at once, and a line in the next digest of each who asked for a
 * daily one. Its mail commits with the publication or not at all.
 */
@Component
class AlertEvents {

    private final AlertSubscribers subscribers;
    private final AlertMails mails;

    AlertEvents(AlertSubscribers subscribers, AlertMails mails) {
        this.subscribers = subscribers;
        this.mails = mails;
    }

    @EventListener
    void on(ContentMoved moved) {
        if (!moved.published() || !moved.firstPublication() || moved.type() != ContentType.ARTICLE) {
            return;
        }
        String kind = moved.kind() == null ? null : moved.kind().slug();
        OffsetDateTime now = moved.at();
        for (AlertSubscriber subscriber : subscribers.confirmedIn(moved.language())) {
            if (!subscriber.wants(moved.language(), kind, moved.countries(), moved.themes())) {
                continue;
            }
            if (subscriber.daily()) {
                subscribers.queueForDigest(subscriber.id(), moved.itemId(), moved.title(), moved.summary(), moved.path(),
                        now);
            } else {
                mails.alert(subscriber, moved.itemId(), moved.title(), moved.summary(), moved.path());
            }
        }
    }
}
