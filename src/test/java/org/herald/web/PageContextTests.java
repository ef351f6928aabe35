package org.herald.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.herald.i18n.Language;
import org.junit.jupiter.api.Test;

/** Numbers, dates and names by each language's rules. */
class PageContextTests {

    private static PageContext in(Language language) {
        return new PageContext(language, null, "Herald", List.of(), "/", List.of(), "http://localhost", null, null, null,
                ZoneId.of("UTC"), asset -> asset);
    }

    @Test
    void twelveMillionReadsNaturallyInEachLanguage() {
        long migrants = 12_000_000L;
        assertThat(in(Language.EN).compact(migrants)).isEqualTo("12 million");
        assertThat(in(Language.FR).compact(migrants)).isEqualTo("12 millions");
        assertThat(in(Language.ES).compact(migrants)).isEqualTo("12 millones");
        assertThat(in(Language.RU).compact(migrants)).isEqualTo("12 миллионов");
        assertThat(in(Language.AR).compact(migrants)).contains("مليون");
        assertThat(in(Language.ZH).compact(migrants)).isEqualTo("1200万");
    }

    @Test
    void datesFollowEachLanguage() {
        LocalDate date = LocalDate.of(2019, 5, 22);
        assertThat(in(Language.EN).date(date)).isEqualTo("May 22, 2019");
        assertThat(in(Language.FR).date(date)).isEqualTo("22 mai 2019");
        assertThat(in(Language.ES).date(date)).isEqualTo("22 de mayo de 2019");
        assertThat(in(Language.RU).date(date)).isEqualTo("22 мая 2019\u202fг.");
        assertThat(in(Language.ZH).date(date)).isEqualTo("2019年5月22日");
        assertThat(in(Language.AR).date(date)).contains("مايو");
    }

    @Test
    void numbersAndNamesAreLocalized() {
        assertThat(in(Language.FR).number(1_234_567)).as("narrow no-break spaces").isEqualTo("1\u202f234\u202f567");
        assertThat(in(Language.EN).number(1_234_567)).isEqualTo("1,234,567");
        assertThat(in(Language.RU).country("BY")).isEqualTo("Беларусь");
        assertThat(in(Language.FR).languageName(Language.EN)).isEqualTo("anglais");
        assertThat(in(Language.ZH).country("RU")).isEqualTo("俄罗斯");
    }
}
