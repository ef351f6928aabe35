package org.herald.newsroom;

/** A preview link that cannot be made (no recipient, an expiry in the past). Nothing was changed. */
public class PreviewException extends RuntimeException {

    private final String messageKey;

    public PreviewException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
