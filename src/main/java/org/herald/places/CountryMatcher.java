package org.herald.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the countries a text names: the JDK's name of every country in each of the six
 * languages, simple variants of it ("Bosnia and Herzegovina" for "Bosnia &amp; Herzegovina"),
 * and the aliases in {@code country_alias} ("Russian Federation"). The longest name wins, so
 * "Papua New Guinea" is not also read as "Guinea".
 */
@Component
public class CountryMatcher {

    private final JdbcClient jdbc;
    private volatile NameIndex<String> index;

    CountryMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A country named in a text, with where it was named. */
    public record Mention(String code, String text, int start, int end) {
    }

    /** Every mention, in order of appearance. */
    public List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (NameIndex.Match<String> match : index().find(text)) {
            mentions.add(new Mention(match.value(), match.text(), match.start(), match.end()));
        }
        return mentions;
    }

    /** The distinct countries named in a text, in order of first appearance. */
    public List<String> countries(String text) {
        Set<String> codes = new LinkedHashSet<>();
        mentions(text).forEach(mention -> codes.add(mention.code()));
        return List.copyOf(codes);
    }

    /** Forgets the names it knows, so that aliases added since are used. */
    public void refresh() {
        index = null;
    }

    private NameIndex<String> index() {
        NameIndex<String> current = index;
        if (current == null) {
            current = build();
            index = current;
        }
        return current;
    }

    private NameIndex<String> build() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            for (Language language : Language.values()) {
                variants(new Locale("", code).getDisplayCountry(language.locale()))
                        .forEach(name -> codes.putIfAbsent(name, code));
            }
        }
        jdbc.sql("SELECT alias, country_code FROM country_alias")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2).trim()))
                .list()
                .forEach(alias -> codes.put(alias.getKey(), alias.getValue()));
        return new NameIndex<>(codes, false);
    }

    /** The JDK's name and the forms texts more often use for it. */
    static Set<String> variants(String name) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(name);
        variants.add(name.replace(" & ", " and ").replace("St. ", "Saint ").replace('’', '\''));
        Matcher parenthesis = Pattern.compile("^(.+?) \\((.+)\\)$").matcher(name);
        if (parenthesis.matches()) {
            variants.add(parenthesis.group(1));
        }
        variants.removeIf(String::isBlank);
        return variants;
    }

}
