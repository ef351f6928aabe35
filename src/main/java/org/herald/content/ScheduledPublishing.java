package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

import org.herald.accounts.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes and unpublishes what is due, in every node, every second (settable). The schedule
 * lives in the database as UTC instants; each item is claimed with a row lock that other nodes
 * skip ({@code FOR UPDATE SKIP LOCKED}) and published in that transaction through
 * {@link PublishContent}, which checks again that it is still scheduled and due: an item is
 * published once however many nodes run. A node that starts after an item's time (because every
 * node was down then) publishes it on its first run.
 */
@Component
@ConditionalOnWebApplication
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final Actor SCHEDULER = Actor.system("scheduler");
    /** At most this many items per run and direction, so one run never holds the thread for long. */
    private static final int BATCH = 50;

    private final ContentItems items;
    private final PublishContent publish;
    private final UnpublishContent unpublish;
    private final SchedulePublication schedule;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node;
    /**
     * {@code herald.scheduler.enabled}, read when the node starts, not as a bean condition: the
     * packaged jar's conditions were settled when it was built (Spring AOT), so a condition would
     * ignore the setting there.
     */
    private final boolean enabled;

    ScheduledPublishing(ContentItems items, PublishContent publish, UnpublishContent unpublish,
                        SchedulePublication schedule, TransactionTemplate transactions, Clock clock,
                        SchedulerProperties properties,
                        @Value("${herald.scheduler.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.items = items;
        this.publish = publish;
        this.unpublish = unpublish;
        this.schedule = schedule;
        this.transactions = transactions;
        this.clock = clock;
        this.node = properties.nodeName();
    }

    @Scheduled(fixedDelayString = "${herald.scheduler.interval:1s}", initialDelayString = "0s")
    void run() {
        if (!enabled) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int published = publishDue(now);
        int unpublished = unpublishDue(now);
        if (published + unpublished > 0) {
            log.info("Scheduler on {}: published {}, unpublished {}", node, published, unpublished);
        }
    }

    /** Publishes every item due at {@code now}; returns how many this node published. */
    int publishDue(OffsetDateTime now) {
        return runDue(now, items::claimDuePublication, id -> publish.publishScheduled(SCHEDULER, id, now, node));
    }

    /** Unpublishes every published item whose unpublish time is {@code now} or earlier. */
    int unpublishDue(OffsetDateTime now) {
        return runDue(now, items::claimDueUnpublication, id -> unpublish.unpublishScheduled(SCHEDULER, id, now, node));
    }

    /** Claims due items one at a time, each in its own transaction; a failure is recorded and skipped. */
    private int runDue(OffsetDateTime now, Function<OffsetDateTime, Optional<Long>> claim, Function<Long, Boolean> action) {
        int done = 0;
        for (int i = 0; i < BATCH; i++) {
            long[] claimed = {-1};
            try {
                Boolean more = transactions.execute(status -> {
                    Optional<Long> id = claim.apply(now);
                    if (id.isEmpty()) {
                        return false;
                    }
                    claimed[0] = id.get();
                    action.apply(id.get());
                    return true;
                });
                if (!Boolean.TRUE.equals(more)) {
                    return done;
                }
                done++;
            } catch (RuntimeException e) {
                if (claimed[0] < 0) {
                    log.warn("Scheduler on {} could not look for due items: {}", node, e.toString());
                    return done;
                }
                log.warn("Scheduler on {} could not handle item {}: {}", node, claimed[0], e.toString());
                long id = claimed[0];
                transactions.executeWithoutResult(status -> schedule.failed(SCHEDULER, id, e.getClass().getSimpleName()
                        + (e instanceof MissingAltTextException missing ? ": " + missing.fileNames() : "")));
                return done;
            }
        }
        return done;
    }

    /** This node's name in the audit log. */
    String node() {
        return node;
    }
}
