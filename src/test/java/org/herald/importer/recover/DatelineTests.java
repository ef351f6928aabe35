package org.herald.importer.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Datelines are read only where a place is known or written in capitals. */
class DatelineTests {

    private static final Map<String, String> PLACES = Map.of("Geneva", "CH", "Minsk", "BY");

    @Test
    void readsTheCityItsCountryAndTheDateText() {
        Dateline.Found found = Dateline.find("MINSK, 14 March 2019 — The centre opened.", PLACES::get).orElseThrow();
        assertThat(found).isEqualTo(new Dateline.Found("Minsk", "BY", "14 March 2019", "The centre opened."));
        assertThat(Dateline.find("Geneva – Talks began.", PLACES::get).orElseThrow().country()).isEqualTo("CH");
        assertThat(Dateline.find("GENEVA (IOM), 22 May 2019 - Talks began.", PLACES::get).orElseThrow().dateText())
                .isEqualTo("22 May 2019");
    }

    @Test
    void aSentenceWithADashIsNoDateline() {
        assertThat(Dateline.find("Director General McKinley – who signed – spoke.", PLACES::get)).isEmpty();
    }
}
