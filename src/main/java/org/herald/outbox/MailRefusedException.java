package org.herald.outbox;

/** A mail that cannot be sent as given: an invalid address, or a line break where a header goes. */
public class MailRefusedException extends RuntimeException {

    private final String messageKey;

    MailRefusedException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    /** The message key of the reason, for the page that answers. */
    public String messageKey() {
        return messageKey;
    }
}
