package org.herald.themes;

import java.util.Map;

/**
 * A change to the themes that was refused: for each form field at fault ("code", "name-fr"),
 * the message key saying why, so that the screen shows each beside its field.
 */
class ThemeRefused extends RuntimeException {

    private final Map<String, String> errors;

    ThemeRefused(Map<String, String> errors) {
        super(String.join(", ", errors.values()), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    ThemeRefused(String field, String key) {
        this(Map.of(field, key));
    }

    Map<String, String> errors() {
        return errors;
    }
}
