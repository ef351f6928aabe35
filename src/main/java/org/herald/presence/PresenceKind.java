package org.herald.presence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the organization is present in a country. */
public enum PresenceKind {
    COUNTRY_OFFICE, SUB_OFFICE, PROJECT, NONE;

    /** The value stored and used in URLs and the API: "country_office". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "presence.kind." + code();
    }

    /** Whether this counts as being present in the country. */
    public boolean present() {
        return this != NONE;
    }

    /** The kind for a stored or typed code, any case. */
    public static Optional<PresenceKind> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
