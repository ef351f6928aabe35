package org.herald.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the daily digests that are due, in any node: each subscriber is claimed with a row lock
 * that other nodes skip, their waiting articles become one mail in the outbox, and their next
 * digest is set to the next chosen hour in their zone, in one transaction. A subscriber with
 * nothing waiting gets no mail that day.
 */
@Component
@ConditionalOnWebApplication
class AlertDigests {

    private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);
    private static final int BATCH = 200;

    private final AlertSubscribers subscribers;
    private final AlertMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertDigests(AlertSubscribers subscribers, AlertMails mails, TransactionTemplate transactions, Clock clock) {
        this.subscribers = subscribers;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${herald.alerts.digest-interval:1m}", initialDelayString = "5s")
    void run() {
        try {
            writeDue(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            log.warn("Digests could not be written: {}", e.toString());
        }
    }

    /** Writes every digest due at {@code now}; returns how many subscribers were handled. */
    int writeDue(OffsetDateTime now) {
        int done = 0;
        for (; done < BATCH; done++) {
            Boolean handled = transactions.execute(status -> {
                Optional<AlertSubscriber> due = subscribers.claimDueDigest(now);
                if (due.isEmpty()) {
                    return false;
                }
                AlertSubscriber subscriber = due.get();
                List<AlertSubscribers.DigestItem> items = subscribers.digestItems(subscriber.id());
                if (!items.isEmpty()) {
                    mails.digest(subscriber, items);
                }
                subscribers.digestSent(subscriber.id(), items.isEmpty() ? 0 : items.get(items.size() - 1).id(),
                        subscriber.nextDigest(now));
                return true;
            });
            if (!Boolean.TRUE.equals(handled)) {
                break;
            }
        }
        return done;
    }
}
