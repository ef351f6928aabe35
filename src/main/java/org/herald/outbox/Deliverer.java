package org.herald.outbox;

import java.util.List;

/** Sends the messages of one channel (mail, webhook) to the outside world. */
interface Deliverer {

    /** The channel's name in {@code outbox_message.channel}. */
    String channel();

    /** Whether this node can send on the channel now (mail needs an SMTP server). */
    boolean ready();

    /** One attempt at each message, in order; the outcomes in the same order. No transaction is open. */
    List<Outcome> deliver(List<OutboxMessage> messages);

    /** An attempt's outcome is being recorded, in the transaction that records it. */
    default void recorded(OutboxMessage message, Outcome outcome) {
    }
}
