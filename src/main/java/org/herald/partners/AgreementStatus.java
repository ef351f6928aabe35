package org.herald.partners;

import java.util.Optional;

/** Where an agreement stands: to be signed, signed, in force, or expired. */
public enum AgreementStatus {
    PLANNED,
    SIGNED,
    IN_FORCE,
    EXPIRED;

    /** Its form in addresses, forms and the API. */
    public String slug() {
        return Slugs.of(this);
    }

    public String messageKey() {
        return "agreements.status." + slug();
    }

    /** The constant with this slug or name, as typed; empty for anything else. */
    public static Optional<AgreementStatus> parse(String value) {
        return Slugs.parse(AgreementStatus.class, value);
    }
}
