package org.herald.partners;

import java.util.Optional;

/** What kind of organization a partner is. */
public enum PartnerType {
    UN_AGENCY,
    INTERGOVERNMENTAL,
    GOVERNMENT,
    NGO,
    PRIVATE_SECTOR,
    ACADEMIA;

    /** Its form in addresses, forms and the API. */
    public String slug() {
        return Slugs.of(this);
    }

    public String messageKey() {
        return "partners.type." + slug();
    }

    /** The constant with this slug or name, as typed; empty for anything else. */
    public static Optional<PartnerType> parse(String value) {
        return Slugs.parse(PartnerType.class, value);
    }
}
