package org.herald.newsroom;

import org.herald.web.Refusal;
import org.herald.web.Refusals;
import org.springframework.stereotype.Component;

/** What the newsroom's refusals say: a preview link that cannot be made as asked (400). */
@Component
class NewsroomRefusals implements Refusals {

    @Override
    public Refusal of(Throwable exception) {
        return exception instanceof PreviewException e ? Refusal.problem(400, e.messageKey()) : null;
    }
}
