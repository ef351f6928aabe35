package org.herald.accounts;

/**
 * A change to an account that cannot be made (a weak password, a taken username, the last
 * administrator disabling themselves): the message key says why. Nothing was changed.
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the problem belongs to. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
