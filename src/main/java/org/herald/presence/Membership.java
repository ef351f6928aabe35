package org.herald.presence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A country's standing in the organization. */
public enum Membership {
    MEMBER_STATE, OBSERVER, NONE;

    /** The value stored and used in URLs and the API: "member_state". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "presence.membership." + code();
    }

    /** The membership for a stored or typed code, any case. */
    public static Optional<Membership> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
