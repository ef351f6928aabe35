package org.herald.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of field a form is built from. */
public enum FieldKind {
    TEXT,
    EMAIL,
    PHONE,
    CHOICE,
    CHECKBOXES,
    LONG_TEXT,
    COUNTRY,
    CONSENT;

    /** The name a definition uses ("long-text"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the field offers choices to pick from. */
    public boolean hasChoices() {
        return this == CHOICE || this == CHECKBOXES;
    }

    static Optional<FieldKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
