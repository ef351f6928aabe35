package org.herald.outbox;

/** A refused alerts request: the message key says why, for the page that answers with a 400. */
public class AlertException extends RuntimeException {

    private final String messageKey;

    AlertException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
