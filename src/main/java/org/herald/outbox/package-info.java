/**
 * Outbox: everything that leaves Herald (mail, webhooks). A message is a row written in the
 * transaction of the change that causes it, publication included; any node delivers it later,
 * claiming rows with {@code FOR UPDATE SKIP LOCKED} and a lease, retrying with exponential
 * backoff and jitter, and logging every attempt. Each message carries an idempotency key (the
 * mail's Message-ID, the webhook's {@code webhook-id}) so that a retry after a crash is
 * recognised by a receiver that honours it. It owns the webhook endpoints and their screens and
 * the development mailbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outbox")
package org.herald.outbox;
