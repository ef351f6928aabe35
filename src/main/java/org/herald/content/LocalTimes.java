package org.herald.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;

import org.herald.content.ScheduleException;

/**
 * Turns a time an editor typed (a {@code datetime-local} value, in their own zone) into the
 * instant Herald stores. A time that does not exist in the zone (skipped when clocks go forward)
 * is refused with the reason rather than silently moved; a time that happens twice (when clocks
 * go back) is taken at its first occurrence, and the page shows the result with its offset.
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    /** The instant, or null for an empty field. */
    public static Instant toInstant(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            throw new ScheduleException("error.schedule.malformed");
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            throw new ScheduleException("error.schedule.nonexistent");
        }
        return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }
}
