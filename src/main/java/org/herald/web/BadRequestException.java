package org.herald.web;

/**
 * A request the site cannot answer because of its parameters; shown as a 400 page saying which
 * parameter is wrong and why.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BadRequestException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
