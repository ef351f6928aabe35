package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.herald.content.ScheduleException;
import org.junit.jupiter.api.Test;

/**
 * Editors enter times in their own zone; Herald stores UTC instants. Across the daylight-saving
 * changes of 2027 in Paris (clocks forward at 02:00 on 28 March, back at 03:00 on 31 October).
 */
class LocalTimesTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void nineInTheMorningIsEightUtcInWinterAndSevenUtcInSummer() {
        assertThat(LocalTimes.toInstant("2027-03-27T09:00", PARIS)).isEqualTo(Instant.parse("2027-03-27T08:00:00Z"));
        assertThat(LocalTimes.toInstant("2027-03-28T09:00", PARIS)).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
        assertThat(LocalTimes.toInstant("2027-10-31T09:00:30", PARIS)).isEqualTo(Instant.parse("2027-10-31T08:00:30Z"));
    }

    @Test
    void aTimeTheClocksSkipIsRefusedNotMoved() {
        assertThatThrownBy(() -> LocalTimes.toInstant("2027-03-28T02:30", PARIS))
                .isInstanceOf(ScheduleException.class).hasMessage("error.schedule.nonexistent");
    }

    @Test
    void aTimeThatHappensTwiceIsTakenTheFirstTime() {
        assertThat(LocalTimes.toInstant("2027-10-31T02:30", PARIS)).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void emptyAndMalformedInput() {
        assertThat(LocalTimes.toInstant(" ", PARIS)).isNull();
        assertThatThrownBy(() -> LocalTimes.toInstant("28/03/2027 09:00", PARIS))
                .isInstanceOf(ScheduleException.class).hasMessage("error.schedule.malformed");
    }

    @Test
    void theSameInstantIsShownInTheEditorsZone() {
        assertThat(org.herald.web.DateTimes.inputValue(Instant.parse("2027-03-28T07:00:00Z")
                .atOffset(java.time.ZoneOffset.UTC), PARIS)).isEqualTo("2027-03-28T09:00:00");
        assertThat(org.herald.web.DateTimes.format(Instant.parse("2027-03-28T07:00:00Z")
                .atOffset(java.time.ZoneOffset.UTC), PARIS, java.util.Locale.UK)).contains("09:00").contains("CEST");
    }
}
