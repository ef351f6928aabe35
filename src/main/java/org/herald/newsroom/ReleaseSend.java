package org.herald.newsroom;

import java.time.OffsetDateTime;

/**
 * One release sent to one journalist: the record a press officer reads when a journalist says
 * "I never got it".
 *
 * @param status waiting (for publication), queued, sent, deferred, bounced or failed
 * @param detail what the mail server said, when it refused
 */
public record ReleaseSend(long id, long itemId, String title, long journalistId, String journalist, String email,
                          boolean embargoed, String status, OffsetDateTime queuedAt, OffsetDateTime updatedAt,
                          OffsetDateTime sentAt, String detail) {

    /** The message key of the status's name. */
    public String statusKey() {
        return "admin.media-lists.status." + status;
    }
}
