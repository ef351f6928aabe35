package org.herald.newsroom;

/** A refused change to the media lists or a refused send: the message key says why. */
class MediaListException extends RuntimeException {

    private final String messageKey;

    MediaListException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
