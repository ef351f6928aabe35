package org.herald.outbox;

/** A refused webhook request (a URL Herald will not call, an unknown endpoint, no event chosen). */
class WebhookException extends RuntimeException {

    private final String messageKey;

    WebhookException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
