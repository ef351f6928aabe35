package org.herald.content;

import org.herald.accounts.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts away an item that is not on the site: it keeps its revisions and cannot be edited until reopened. */
@Component
public class ArchiveContent {

    private final Workflow workflow;

    ArchiveContent(Workflow workflow) {
        this.workflow = workflow;
    }

    @Transactional
    public void archive(Actor actor, long id) {
        workflow.move(actor, id, Transition.ARCHIVE, ReviewComment.Kind.COMMENT, null);
    }
}
