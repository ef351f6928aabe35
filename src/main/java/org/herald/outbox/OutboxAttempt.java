package org.herald.outbox;

import java.time.OffsetDateTime;

/**
 * One logged attempt at a message.
 *
 * @param outcome sent, retry, failed or paused
 * @param status  the receiver's HTTP status or SMTP reply code, when it answered
 * @param millis  how long the attempt took
 */
public record OutboxAttempt(long messageId, OffsetDateTime at, String node, String outcome, Integer status,
                            long millis, String detail) {
}
