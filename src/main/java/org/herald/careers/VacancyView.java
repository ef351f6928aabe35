package org.herald.careers;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;

/**
 * A vacancy as a page or a list shows it in the reader's language: its dates in the duty station's
 * time zone (named, so a reader elsewhere knows which), the country and the languages named.
 */
public record VacancyView(PublishedSummary item, VacancyTerms terms, String country, String languages, String opens,
                          String closes, boolean open, boolean closed) {

    static VacancyView of(PublishedSummary item, VacancyTerms terms, Language language, Instant now) {
        Locale locale = language.locale();
        List<String> names = terms.languages().stream().map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .toList();
        return new VacancyView(item, terms, new Locale("", terms.country()).getDisplayCountry(locale),
                String.join(", ", names), at(terms.opens(), terms.zone(), locale), at(terms.closes(), terms.zone(), locale),
                terms.openAt(now), terms.closedAt(now));
    }

    /** The instant as a date and time in the zone, with the zone's name, in the language's long form. */
    static String at(Instant instant, ZoneId zone, Locale locale) {
        DateFormat format = DateFormat.getPatternInstance("yMMMMdjmmzzzz", ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant));
    }

    /** The duty station: city and country. */
    public String station() {
        return terms.city() + ", " + country;
    }
}
