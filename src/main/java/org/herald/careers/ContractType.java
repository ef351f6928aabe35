package org.herald.careers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of contract a vacancy offers. */
public enum ContractType {
    FIXED_TERM,
    TEMPORARY,
    CONSULTANCY,
    INTERNSHIP;

    /** The form used in the editor, URLs and filters ("fixed-term"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "vacancies.contract." + slug();
    }

    public static Optional<ContractType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst();
    }
}
