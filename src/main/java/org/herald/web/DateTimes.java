package org.herald.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Instants as people read them: in a given zone and language, with the zone named, so that
 * "11:00" is never ambiguous ("28 November 2026, 11:00 CET"). Storage is always UTC; only
 * display uses a zone.
 */
public final class DateTimes {

    private static final String SKELETON = "yMMMMdjmmz";
    private static final String LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm:ss";

    private DateTimes() {
    }

    /** The instant in the zone, in the language's long date and short time with the zone's name. */
    public static String format(OffsetDateTime instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getInstanceForSkeleton(SKELETON, ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant.toInstant()));
    }

    /** The value of an {@code <input type="datetime-local">} showing the instant in the zone. */
    public static String inputValue(OffsetDateTime instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return instant.atZoneSameInstant(zone).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern(LOCAL_INPUT));
    }
}
