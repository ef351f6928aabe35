package org.herald.content;

import org.herald.web.Refusal;
import org.herald.web.Refusals;
import org.springframework.stereotype.Component;

/**
 * What content's refusals say: a move the item's state does not allow (409), images without alt
 * text (409), a bad schedule (400), an invalid form (400), a save on an outdated version (409),
 * and an item that does not exist (404).
 */
@Component
class ContentRefusals implements Refusals {

    @Override
    public Refusal of(Throwable exception) {
        if (exception instanceof TransitionNotAllowedException e) {
            return e.transition() == null
                    ? Refusal.problem(409, "problem.state", e.status().messageKey())
                    : Refusal.problem(409, "problem.transition", e.transition().messageKey(), e.status().messageKey());
        }
        if (exception instanceof MissingAltTextException e) {
            return Refusal.problem(409, "problem.alt-text", new Refusal.Literal(String.join(", ", e.fileNames())));
        }
        if (exception instanceof ScheduleException e) {
            return Refusal.problem(400, e.messageKey());
        }
        if (exception instanceof ContentValidationException e) {
            return Refusal.problem(400, e.errors().values().iterator().next());
        }
        if (exception instanceof StaleEditException) {
            return Refusal.problem(409, "problem.stale");
        }
        return exception instanceof ContentNotFoundException ? Refusal.error(404, "error.404.message") : null;
    }
}
