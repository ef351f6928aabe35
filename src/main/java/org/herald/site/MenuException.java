package org.herald.site;

/** A menu change that cannot be made; {@code getMessage()} is the message key saying why. */
public class MenuException extends RuntimeException {

    public MenuException(String messageKey) {
        super(messageKey);
    }
}
