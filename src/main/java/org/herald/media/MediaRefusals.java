package org.herald.media;

import java.util.Arrays;

import org.herald.web.Refusal;
import org.herald.web.Refusals;
import org.springframework.stereotype.Component;

/** What the media library's refusals say: an upload refused, with the reason and its details (400). */
@Component
class MediaRefusals implements Refusals {

    @Override
    public Refusal of(Throwable exception) {
        if (exception instanceof UploadRefusedException e) {
            return Refusal.problem(400, e.messageKey(), Arrays.stream(e.args()).map(Refusal.Literal::new).toArray());
        }
        return null;
    }
}
