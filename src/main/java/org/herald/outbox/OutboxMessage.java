package org.herald.outbox;

import java.time.OffsetDateTime;

/**
 * A message of the outbox as a deliverer sees it.
 *
 * @param attempt   the number of this attempt, from 1
 * @param recipient an address (mail) or an endpoint's id (webhook)
 * @param subject   the mail's subject, or the webhook's event type
 * @param body      the mail's text, or the webhook's JSON payload
 * @param headers   extra mail headers, one "Name: value" a line
 */
public record OutboxMessage(long id, String channel, String key, String recipient, String subject, String body, String html,
                     String headers, String status, int attempt, OffsetDateTime createdAt, OffsetDateTime sentAt,
                     String lastError) {
}
