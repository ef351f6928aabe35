package org.herald.careers;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What a vacancy offers beside its title and description, shared by its language versions.
 *
 * @param zone        the duty station's time zone, in which its dates are shown
 * @param languages   the codes of the languages required (ISO 639-1)
 * @param applyUrl    where to apply, or null when applications go by e-mail
 * @param applyEmail  where to send applications, or null when they go through {@code applyUrl}
 * @param demonstration whether the Herald team wrote it for the demo, not the organization
 */
public record VacancyTerms(UUID group, String reference, String grade, String city, String country, ZoneId zone,
                           ContractType contract, String duration, List<String> languages, Instant opens,
                           Instant closes, String applyUrl, String applyEmail, boolean demonstration) {

    /** Whether applications are taken at {@code now}: opened, and not yet closed. */
    public boolean openAt(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }

    /** Whether the closing instant has passed at {@code now}. */
    public boolean closedAt(Instant now) {
        return !now.isBefore(closes);
    }

    /** The address the "apply" link goes to. */
    public String applyHref() {
        return applyUrl != null ? applyUrl : "mailto:" + applyEmail;
    }
}
