package org.herald.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes each form's submissions once its retention period has passed, every hour on every node
 * (deleting twice is harmless), one form per transaction.
 */
@Component
class FormRetention {

    private final FormStore forms;
    private final Submissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FormRetention(FormStore forms, Submissions submissions, TransactionTemplate transactions, Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${herald.forms.retention-interval:1h}", initialDelayString = "1m")
    void run() {
        deleteExpired(clock.instant());
    }

    /** Deletes what has expired at {@code now}; how many submissions. */
    int deleteExpired(Instant now) {
        int deleted = 0;
        for (StoredForm form : forms.all()) {
            Instant before = now.minus(Duration.ofDays(form.definition().retentionDays()));
            Integer count = transactions.execute(status -> submissions.deleteBefore(form.id(), before));
            deleted += count == null ? 0 : count;
        }
        return deleted;
    }
}
