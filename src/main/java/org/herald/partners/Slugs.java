package org.herald.partners;

import java.util.Locale;
import java.util.Optional;

/** The form of the partners' enums in addresses, forms and the API: "un-agency" for UN_AGENCY. */
final class Slugs {

    private Slugs() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this slug or name, as typed; empty for anything else. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normal = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normal)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
