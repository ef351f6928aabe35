package org.herald.content;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An author hands a draft to the editors: draft (or unpublished) → in review, with an optional note. */
@Component
public class SubmitForReview {

    private final Workflow workflow;

    SubmitForReview(Workflow workflow) {
        this.workflow = workflow;
    }

    @Transactional
    public void submit(Actor actor, long id, String note) {
        workflow.move(actor, id, Transition.SUBMIT, ReviewComment.Kind.SUBMITTED, note);
    }
}
