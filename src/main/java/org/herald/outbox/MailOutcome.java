package org.herald.outbox;

import java.time.OffsetDateTime;

/**
 * What became of an attempt at a mail, announced synchronously in the transaction that records
 * it, so that a module keeping its own record of what it sent (the newsroom's per-recipient
 * record of a release) updates it in step.
 *
 * @param key    the mail's idempotency key, as the sender gave it
 * @param to     the recipient, as written in the To header
 * @param state  {@code sent}; {@code deferred} (it will be tried again); {@code bounced} (refused
 *               for good by the server, a 5xx reply); {@code failed} (given up after every retry)
 * @param code   the SMTP reply code, when there was one
 * @param detail what the server said, short
 */
public record MailOutcome(String key, String to, String state, Integer code, String detail, OffsetDateTime at) {

    public boolean bounced() {
        return "bounced".equals(state);
    }
}
