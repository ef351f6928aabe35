package org.herald.people;

/** A refused change of an office; the message is the message key shown beside {@link #field()}. */
public class OfficeException extends RuntimeException {

    private final String field;

    OfficeException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The form's field the refusal is about. */
    public String field() {
        return field;
    }
}
