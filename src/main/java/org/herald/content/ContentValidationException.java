package org.herald.content;

import java.util.Map;

/**
 * A draft that cannot be saved: each entry maps a field to the message key saying why. Nothing
 * was changed.
 */
public class ContentValidationException extends RuntimeException {

    private final transient Map<String, String> errors;

    public ContentValidationException(Map<String, String> errors) {
        super("invalid content: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Field name to message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
