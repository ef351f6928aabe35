package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An editor sends an item back to its author with what to change: in review (or approved) → draft. */
@Component
public class RequestChanges {

    private final Workflow workflow;
    private final ReviewComments comments;
    private final Clock clock;

    RequestChanges(Workflow workflow, ReviewComments comments, Clock clock) {
        this.workflow = workflow;
        this.comments = comments;
        this.clock = clock;
    }

    @Transactional
    public void request(Actor actor, long id, String whatToChange) {
        String text = ReviewComments.clean(whatToChange);
        if (text == null) {
            throw new ContentValidationException(Map.of("comment", "error.comment.required"));
        }
        EditableItem item = workflow.begin(actor, id, Transition.REQUEST_CHANGES);
        OffsetDateTime now = OffsetDateTime.now(clock);
        comments.add(id, item.revisionNumber(), ReviewComment.Kind.CHANGES_REQUESTED, text, actor, now);
        workflow.finish(actor, item, Transition.REQUEST_CHANGES, CommentOnContent.abbreviate(text), now);
    }
}
