package org.herald.media;

import java.util.List;

/** An upload that is not accepted, with the message key (and its arguments) saying why. Nothing was stored. */
public class UploadRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public UploadRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
