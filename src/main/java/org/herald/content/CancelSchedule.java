package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Takes a scheduled item off the schedule: scheduled → approved. */
@Component
public class CancelSchedule {

    private final Workflow workflow;
    private final ContentItems items;
    private final Clock clock;

    CancelSchedule(Workflow workflow, ContentItems items, Clock clock) {
        this.workflow = workflow;
        this.items = items;
        this.clock = clock;
    }

    @Transactional
    public void cancel(Actor actor, long id) {
        EditableItem item = workflow.begin(actor, id, Transition.CANCEL_SCHEDULE);
        items.schedule(id, null, null);
        workflow.finish(actor, item, Transition.CANCEL_SCHEDULE, "was due " + item.publishAt(), OffsetDateTime.now(clock));
    }
}
