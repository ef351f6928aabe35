package org.herald.api;

/** A key that cannot be made as asked (no name, a limit out of range, an unknown key); its message is a message key. */
class ApiKeyException extends RuntimeException {

    ApiKeyException(String messageKey) {
        super(messageKey);
    }
}
