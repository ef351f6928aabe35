package org.herald.forms;

import java.util.Map;

/** A form definition or a submission that cannot be stored, with each field's error (a message key). */
public class FormRefused extends RuntimeException {

    private final transient Map<String, String> errors;

    FormRefused(Map<String, String> errors) {
        super(String.join(", ", errors.values()), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
