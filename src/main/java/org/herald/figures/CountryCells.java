package org.herald.figures;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.places.CountryMatcher;
import org.springframework.stereotype.Component;

/**
 * The country a cell of an uploaded file names: an ISO 3166-1 alpha-2 or alpha-3 code, the
 * country's name in any of the six languages as the JDK gives it (any case), or a name the
 * places module's matcher knows (a variant or an alias such as "Russian Federation"), when it is
 * the whole cell.
 */
@Component
class CountryCells {

    private final Countries countries;
    private final CountryMatcher matcher;
    private volatile Map<String, String> names;

    CountryCells(Countries countries, CountryMatcher matcher) {
        this.countries = countries;
        this.matcher = matcher;
    }

    /** A look-up for one file: each distinct cell is resolved once. */
    java.util.function.Function<String, Optional<String>> lookup() {
        Map<String, Optional<String>> seen = new HashMap<>();
        return cell -> seen.computeIfAbsent(cell, this::code);
    }

    Optional<String> code(String cell) {
        String text = cell.strip();
        if (text.length() == 2 && countries.exists(text)) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        String known = names().get(key(text));
        if (known != null) {
            return Optional.of(known);
        }
        List<CountryMatcher.Mention> mentions = matcher.mentions(text);
        if (mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).end() == text.length()) {
            return Optional.of(mentions.get(0).code());
        }
        return Optional.empty();
    }

    private Map<String, String> names() {
        Map<String, String> current = names;
        if (current == null) {
            current = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                if (!countries.exists(code)) {
                    continue;
                }
                Locale country = new Locale("", code);
                current.putIfAbsent(key(country.getISO3Country()), code);
                for (Language language : Language.values()) {
                    current.putIfAbsent(key(country.getDisplayCountry(language.locale())), code);
                }
            }
            names = current;
        }
        return current;
    }

    private static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
