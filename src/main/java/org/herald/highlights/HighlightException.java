package org.herald.highlights;

import java.util.Map;

/** A pin that cannot be stored as given: field → message key. Nothing was changed. */
public class HighlightException extends RuntimeException {

    private final transient Map<String, String> errors;

    public HighlightException(Map<String, String> errors) {
        super("highlight refused: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public HighlightException(String field, String key) {
        this(Map.of(field, key));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
