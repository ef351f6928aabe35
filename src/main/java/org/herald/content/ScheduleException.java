package org.herald.content;

/** A publish or unpublish time that cannot be used (in the past, unpublish before publish). */
public class ScheduleException extends RuntimeException {

    private final String messageKey;

    public ScheduleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
