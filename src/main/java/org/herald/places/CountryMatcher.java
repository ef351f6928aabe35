package org.herald.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private volatile Index index;

    CountryMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A country named in a text, with where it was named. */
    public record Mention(String code, String text, int start, int end) {
    }

    /** Every mention, in order of appearance. */
    public List<Mention> mentions(String text) {
        Index current = index();
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = current.pattern.matcher(text);
        while (matcher.find()) {
            mentions.add(new Mention(current.codes.get(matcher.group()), matcher.group(), matcher.start(), matcher.end()));
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

    private Index index() {
        Index current = index;
        if (current == null) {
            current = build();
            index = current;
        }
        return current;
    }

    private Index build() {
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
        String alternation = codes.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return new Index(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])"), codes);
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

    private record Index(Pattern pattern, Map<String, String> codes) {
    }
}
