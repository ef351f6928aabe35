package org.herald.importer.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The date formats of old sites, in the six languages; a date without a year is no date. */
class DateFinderTests {

    @Test
    void readsTheFormatsOldSitesUse() {
        assertThat(date("Posted: Fri, 08/03/2018 - 09:20")).isEqualTo(LocalDate.of(2018, 8, 3));
        assertThat(date("Thu, 08/03/2018 - 09:20")).as("the weekday says day first").isEqualTo(LocalDate.of(2018, 3, 8));
        assertThat(date("22 May 2019")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("May 22, 2019")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("GENÈVE, 22 mai 2019")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("22 de mayo de 2019")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("Минск, 14 марта 2019 г.")).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(date("14.03.2019")).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(date("2019-09-10")).isEqualTo(LocalDate.of(2019, 9, 10));
        assertThat(date("عمان، 22 مايو 2019")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("日内瓦，2019年9月10日")).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    @Test
    void readsArabicIndicDigits() {
        assertThat(date("٢٢ مايو ٢٠١٩")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("عمان، ٢٢ مايو ٢٠١٩")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("۲۲ مايو ۲۰۱۹")).as("the extended digits of Persian and Urdu")
                .isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(date("٢٠١٩-٠٥-٢٢")).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(DateFinder.find("عمان، ٢٢ مايو ٢٠١٩ – أطلقت المنظمة برنامجا.").orElseThrow())
                .as("where it is in the line, which keeps its own digits")
                .isEqualTo(new DateFinder.Found(LocalDate.of(2019, 5, 22), 6, 18));
        assertThat(DateFinder.find("عمان، ٢٢ مايو")).as("still no year guessed").isEmpty();
    }

    @Test
    void readsFullWidthDigits() {
        assertThat(date("日内瓦，２０１９年９月１０日")).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    @Test
    void neverInventsAYearOrADay() {
        assertThat(DateFinder.find("MINSK, 14 March")).isEmpty();
        assertThat(DateFinder.find("in 2019 the office opened")).isEmpty();
        assertThat(DateFinder.find("31 February 2019")).isEmpty();
    }

    private static LocalDate date(String text) {
        return DateFinder.find(text).orElseThrow().date();
    }
}
