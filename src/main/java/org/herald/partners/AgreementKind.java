package org.herald.partners;

import java.util.Optional;

/** What kind of agreement it is. */
public enum AgreementKind {
    MEMORANDUM_OF_UNDERSTANDING,
    COOPERATION_AGREEMENT,
    FRAMEWORK;

    /** Its form in addresses, forms and the API. */
    public String slug() {
        return Slugs.of(this);
    }

    public String messageKey() {
        return "agreements.kind." + slug();
    }

    /** The constant with this slug or name, as typed; empty for anything else. */
    public static Optional<AgreementKind> parse(String value) {
        return Slugs.parse(AgreementKind.class, value);
    }
}
