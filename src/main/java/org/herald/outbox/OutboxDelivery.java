package org.herald.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.herald.content.SchedulerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, in every node, on a thread of its own (a slow receiver never holds up
 * the publishing scheduler): claim a batch (a short transaction), send it with no transaction
 * open, record every attempt and its outcome (another short transaction). A failed attempt is
 * tried again after {@link #backoff}; after {@link OutboxProperties#maxAttempts} attempts the
 * message is kept as failed. A node stopped mid-send leaves its claim to expire: another node
 * (or itself, restarted) sends the message again under the same idempotency key.
 */
@Component
@ConditionalOnWebApplication
class OutboxDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxMessages messages;
    private final Map<String, Deliverer> deliverers;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String node;
    private volatile ScheduledExecutorService executor;

    OutboxDelivery(OutboxMessages messages, List<Deliverer> deliverers, TransactionTemplate transactions,
                   OutboxProperties properties, Clock clock, SchedulerProperties scheduler) {
        this.messages = messages;
        this.deliverers = deliverers.stream().collect(Collectors.toMap(Deliverer::channel, Function.identity()));
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.node = scheduler.nodeName();
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "outbox-delivery");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, 0, properties.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void runSafely() {
        try {
            while (executor != null && deliverDue() > 0) {
                // a full batch may have more behind it: go on until nothing is due
            }
        } catch (RuntimeException e) {
            log.warn("Outbox delivery on {} failed: {}", node, e.toString());
        }
    }

    /** Claims, sends and records one batch of due messages; returns how many were tried. */
    int deliverDue() {
        List<String> ready = deliverers.values().stream().filter(Deliverer::ready).map(Deliverer::channel).toList();
        if (ready.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutboxMessage> claimed = transactions.execute(status -> messages.claim(ready, now,
                now.plus(properties.lease()), properties.batch()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Map<String, List<OutboxMessage>> byChannel = claimed.stream()
                .collect(Collectors.groupingBy(OutboxMessage::channel));
        for (Map.Entry<String, List<OutboxMessage>> channel : byChannel.entrySet()) {
            send(deliverers.get(channel.getKey()), channel.getValue());
        }
        return claimed.size();
    }

    private void send(Deliverer deliverer, List<OutboxMessage> batch) {
        long started = System.nanoTime();
        List<Outcome> outcomes;
        try {
            outcomes = deliverer.deliver(batch);
        } catch (RuntimeException e) {
            outcomes = batch.stream().map(m -> Outcome.retry(null, e.toString())).toList();
        }
        long millis = (System.nanoTime() - started) / 1_000_000 / batch.size();
        List<Outcome> ended = new ArrayList<>(outcomes);
        transactions.executeWithoutResult(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (int i = 0; i < batch.size(); i++) {
                OutboxMessage message = batch.get(i);
                Outcome outcome = ended.get(i);
                boolean giveUp = message.attempt() >= properties.maxAttempts();
                long took = outcome.millis() >= 0 ? outcome.millis() : millis;
                messages.record(message, outcome, node, took, now, now.plus(backoff(message.attempt())), giveUp);
                deliverer.recorded(message, outcome);
            }
        });
    }

    /**
     * The wait before the attempt after attempt {@code attempt}: {@code firstRetry} doubled at each
     * attempt, at most {@code maxRetry}, of which a random half ("equal jitter"), so that messages
     * that failed together do not all come back together.
     */
    Duration backoff(int attempt) {
        long first = properties.firstRetry().toMillis();
        long max = properties.maxRetry().toMillis();
        long delay = first << Math.min(attempt - 1, 30);
        delay = delay <= 0 || delay > max ? max : delay;
        return Duration.ofMillis(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }
}
