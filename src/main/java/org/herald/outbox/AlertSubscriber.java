package org.herald.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Someone who asked for news by e-mail.
 *
 * @param token      the random key of their preferences and unsubscribe links (no account needed)
 * @param countries  ISO codes, lower case; empty for every country
 * @param themes     theme codes; empty for every theme
 * @param kinds      article kinds' slugs; empty for every kind
 * @param daily      a daily digest at {@code digestHour} in {@code zone}, else each alert at once
 */
public record AlertSubscriber(long id, String token, String email, String language, List<String> countries,
                              List<String> themes, List<String> kinds, boolean daily, int digestHour, ZoneId zone,
                              OffsetDateTime confirmedAt, OffsetDateTime createdAt) {

    /** Whether an article with these facets is one they asked for. */
    boolean wants(String itemLanguage, String kind, List<String> itemCountries, List<String> itemThemes) {
        return confirmedAt != null && language.equals(itemLanguage)
                && (kinds.isEmpty() || kinds.contains(kind))
                && (countries.isEmpty() || itemCountries.stream().anyMatch(c -> countries.contains(c.toLowerCase())))
                && (themes.isEmpty() || itemThemes.stream().anyMatch(themes::contains));
    }

    /** The next digest time after {@code now}: the next {@code digestHour} o'clock in their zone. */
    OffsetDateTime nextDigest(OffsetDateTime now) {
        var local = now.atZoneSameInstant(zone);
        var at = local.toLocalDate().atTime(digestHour, 0).atZone(zone);
        if (!at.isAfter(local)) {
            at = local.toLocalDate().plusDays(1).atTime(digestHour, 0).atZone(zone);
        }
        return at.toOffsetDateTime();
    }
}
