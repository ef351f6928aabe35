package org.herald.content;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Brings an archived item back as a draft. */
@Component
public class ReopenContent {

    private final Workflow workflow;

    ReopenContent(Workflow workflow) {
        this.workflow = workflow;
    }

    @Transactional
    public void reopen(Actor actor, long id) {
        workflow.move(actor, id, Transition.REOPEN, ReviewComment.Kind.COMMENT, null);
    }
}
