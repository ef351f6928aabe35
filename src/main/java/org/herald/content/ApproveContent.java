package org.herald.content;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An editor accepts an item in review: in review → approved, ready to publish or schedule. */
@Component
public class ApproveContent {

    private final Workflow workflow;

    ApproveContent(Workflow workflow) {
        this.workflow = workflow;
    }

    @Transactional
    public void approve(Actor actor, long id, String note) {
        workflow.move(actor, id, Transition.APPROVE, ReviewComment.Kind.APPROVED, note);
    }
}
