package org.herald.places;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The countries Herald knows (the {@code country} table, every ISO 3166-1 code) and their
 * names in each language, which come from the JDK rather than from a table of our own.
 */
@Component
public class Countries {

    private final Set<String> codes;

    Countries(JdbcClient jdbc) {
        this.codes = Set.copyOf(jdbc.sql("SELECT code FROM country").query(String.class).list());
    }

    /** Whether {@code code} (any case) is a known ISO 3166-1 alpha-2 code. */
    public boolean exists(String code) {
        return code != null && codes.contains(code.toUpperCase(Locale.ROOT));
    }

    /** The country for a code as written in a URL or form ("by", "BY"). */
    public Optional<CountryName> find(String code, Language language) {
        return exists(code) ? Optional.of(named(code.toUpperCase(Locale.ROOT), language)) : Optional.empty();
    }

    /** The country's name in the language, as the JDK's locale data gives it. */
    public String name(String code, Language language) {
        return new Locale("", code).getDisplayCountry(language.locale());
    }

    public CountryName named(String code, Language language) {
        return new CountryName(code, name(code, language));
    }

    /** These countries with their names, in the language's alphabetical order. */
    public List<CountryName> sorted(Iterable<String> countryCodes, Language language) {
        Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
        List<CountryName> names = new java.util.ArrayList<>();
        countryCodes.forEach(code -> names.add(named(code, language)));
        names.sort(Comparator.comparing(CountryName::name, collator::compare));
        return names;
    }

    /** Every country, in the language's alphabetical order. */
    public List<CountryName> all(Language language) {
        return sorted(codes, language);
    }
}
