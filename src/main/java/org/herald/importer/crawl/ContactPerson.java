package org.herald.importer.crawl;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A media contact from the end of a press release. {@code name} is null when the block gives
 * only an office; {@code office} is null when none is given. Emails are lower-cased.
 */
public record ContactPerson(String name, String office, List<Phone> phones, List<String> emails) {

    public ContactPerson {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }

    /**
     * A phone number as written on the page (normalization to E.164 happens elsewhere);
     * {@code kind} is one of "tel", "mobile", "fax", "whatsapp".
     */
    public record Phone(String kind, String raw) {

        private static final Set<String> KINDS = Set.of("tel", "mobile", "fax", "whatsapp");

        public Phone {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("Unknown phone kind: " + kind);
            }
            Objects.requireNonNull(raw, "raw");
        }
    }
}
