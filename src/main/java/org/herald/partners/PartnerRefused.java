package org.herald.partners;

import java.util.Map;

/**
 * A change to the partners or agreements that was refused: for each form field at fault
 * ("names-fr", "ends-on"), the message key saying why, so that the screen shows each beside its
 * field. Nothing was changed.
 */
public class PartnerRefused extends RuntimeException {

    private final Map<String, String> errors;

    PartnerRefused(Map<String, String> errors) {
        super(String.join(", ", errors.values()), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    PartnerRefused(String field, String key) {
        this(Map.of(field, key));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
