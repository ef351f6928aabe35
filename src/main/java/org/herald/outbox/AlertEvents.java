package org.herald.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.herald.content.ContentMoved;
import org.herald.content.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An article's first publication becomes alerts in two steps. In the publishing transaction, one
 * fan-out row (so the alerts commit with the publication, or not at all, however many subscribers
 * there are). Then, in any node, the fan-out walks the confirmed subscribers in id order, a chunk
 * per transaction under the row's lock: an alert mail for each who asked for it at once, a digest
 * line for each who asked for a daily digest. A node that dies mid-chunk loses only that chunk's
 * uncommitted work, which the next claim redoes; memory holds one chunk, never the whole list.
 */
@Component
class AlertEvents {

    private static final Logger log = LoggerFactory.getLogger(AlertEvents.class);
    static final int CHUNK = 1000;

    private final AlertSubscribers subscribers;
    private final AlertMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertEvents(AlertSubscribers subscribers, AlertMails mails, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.subscribers = subscribers;
        this.mails = mails;
        this.transactions = transactions;
    }

    @EventListener
    void on(ContentMoved moved) {
        if (!moved.published() || !moved.firstPublication() || moved.type() != ContentType.ARTICLE
                || !subscribers.anyConfirmedIn(moved.language())) {
            return;
        }
        subscribers.queueFanout(moved.itemId(), moved.language(), moved.kind() == null ? null : moved.kind().slug(),
                moved.countries(), moved.themes(), moved.title(), moved.summary(), moved.path(), moved.at());
    }

    /** Writes out pending fan-outs, chunk by chunk, until none is left. */
    @Scheduled(fixedDelayString = "${herald.outbox.interval:1s}", initialDelayString = "1s")
    void run() {
        try {
            while (fanOutChunk()) {
                // next chunk
            }
        } catch (RuntimeException e) {
            log.warn("Alerts could not be written out: {}", e.toString());
        }
    }

    /** One chunk of one fan-out, in one transaction; false when there was nothing to do. */
    boolean fanOutChunk() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<AlertSubscribers.Fanout> claimed = subscribers.claimFanout();
            if (claimed.isEmpty()) {
                return false;
            }
            AlertSubscribers.Fanout fanout = claimed.get();
            List<AlertSubscriber> chunk = subscribers.confirmedIn(fanout.language(), fanout.lastSubscriber(), CHUNK);
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (AlertSubscriber subscriber : chunk) {
                if (!subscriber.wants(fanout.language(), fanout.kind(), fanout.countries(), fanout.themes())) {
                    continue;
                }
                if (subscriber.daily()) {
                    subscribers.queueForDigest(subscriber.id(), fanout.itemId(), fanout.title(), fanout.summary(),
                            fanout.path(), now);
                } else {
                    mails.alert(subscriber, fanout.itemId(), fanout.title(), fanout.summary(), fanout.path());
                }
            }
            long last = chunk.isEmpty() ? fanout.lastSubscriber() : chunk.get(chunk.size() - 1).id();
            subscribers.fanoutProgress(fanout.id(), last, chunk.size() < CHUNK);
            return true;
        }));
    }
}
