package org.herald.presence;

/**
 * A refused change of where the organization works.
 *
 * @see #field()
 */
public class PresenceException extends RuntimeException {

    private final String field;

    /** A refusal about one field of the form; the message is the message key that explains it. */
    public PresenceException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The form's field the refusal is about, for the error beside it. */
    public String field() {
        return field;
    }
}
