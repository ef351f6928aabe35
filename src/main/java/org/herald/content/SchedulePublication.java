package org.herald.content;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an approved item to go live at a given instant (and, optionally, to come off the site at
 * another): approved → scheduled. The instants are stored in UTC; {@link ScheduledPublishing}
 * publishes it, on whichever node comes first, through {@link PublishContent}.
 */
@Component
public class SchedulePublication {

    private final Workflow workflow;
    private final ContentItems items;
    private final BodyRenderer bodies;
    private final Clock clock;

    SchedulePublication(Workflow workflow, ContentItems items, BodyRenderer bodies, Clock clock) {
        this.workflow = workflow;
        this.items = items;
        this.bodies = bodies;
        this.clock = clock;
    }

    /**
     * @param publishAt   when it goes live; must be in the future
     * @param unpublishAt when it comes off the site again, or null for never
     */
    @Transactional
    public void schedule(Actor actor, long id, Instant publishAt, Instant unpublishAt) {
        EditableItem item = workflow.begin(actor, id, Transition.SCHEDULE);
        OffsetDateTime now = OffsetDateTime.now(clock);
        check(publishAt, unpublishAt, now);
        List<String> missing = bodies.imagesWithoutAltText(item.draft().bodyMarkdown());
        if (!missing.isEmpty()) {
            throw new MissingAltTextException(missing);
        }
        items.schedule(id, utc(publishAt), utc(unpublishAt));
        workflow.finish(actor, item, Transition.SCHEDULE, "publish at " + publishAt
                + (unpublishAt == null ? "" : ", unpublish at " + unpublishAt), now);
    }

    /**
     * The scheduler could not publish the item (an image lost its alt text, say): it goes back to
     * approved, off the schedule, and the audit log says why.
     */
    @Transactional
    public void failed(Actor scheduler, long id, String reason) {
        EditableItem item = items.lock(id).orElse(null);
        if (item == null || item.status() != ContentStatus.SCHEDULED) {
            return;
        }
        items.schedule(id, null, item.unpublishAt());
        workflow.finish(scheduler, item, Transition.SCHEDULE_FAILED, reason, OffsetDateTime.now(clock));
    }

    static void check(Instant publishAt, Instant unpublishAt, OffsetDateTime now) {
        if (publishAt == null) {
            throw new ScheduleException("error.schedule.required");
        }
        if (!publishAt.isAfter(now.toInstant())) {
            throw new ScheduleException("error.schedule.past");
        }
        if (unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            throw new ScheduleException("error.schedule.unpublish-before");
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
