package org.herald.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * What every back-office page knows about its reader: what they may do (to show only the
 * buttons that will work), their time zone (every time is shown, and entered, in it), and the
 * back office's navigation as the modules contribute it (see {@link BackOfficeSection}).
 */
public record AdminView(BackOfficeReader reader, Locale locale, List<BackOfficeLink> navigation) {

    /** Whether the reader has the permission, by its name ("CONTENT_PUBLISH"). */
    public boolean can(String permission) {
        return reader.can(permission);
    }

    /** The reader's time zone. */
    public ZoneId zone() {
        return reader.zone();
    }

    /** An instant in the reader's zone, with the zone named. */
    public String time(OffsetDateTime instant) {
        return DateTimes.format(instant, zone(), locale);
    }

    /** An instant as the value of a {@code datetime-local} field in the reader's zone. */
    public String input(OffsetDateTime instant) {
        return DateTimes.inputValue(instant, zone());
    }

    /** The reader's zone as a label: its id and its current offset ("Europe/Paris, UTC+01:00"). */
    public String zoneLabel() {
        ZoneId zone = zone();
        String offset = zone.getRules().getOffset(java.time.Instant.now()).getId();
        return zone.getId() + " (" + zone.getDisplayName(TextStyle.FULL, locale) + ", UTC"
                + ("Z".equals(offset) ? "" : offset) + ")";
    }
}
