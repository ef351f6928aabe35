package org.herald.importer.recover;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.herald.partners.Partners;
import org.herald.people.Directory;
import org.herald.places.NameIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names the import recognizes besides countries, read from the tables the admin edits:
 * organizations by any of their partner names and aliases ({@link Partners#knownNames()}), themes by keyword
 * ({@code theme_rule}), dateline cities ({@code dateline_city} and the offices' cities), and the
 * nationalities a figure may count ({@code nationality}).
 * Read once and kept until {@link #refresh()}.
 */
@Component
public class Vocabulary {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Partners partners;
    private volatile Snapshot snapshot;

    Vocabulary(JdbcClient jdbc, Directory directory, Partners partners) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.partners = partners;
    }

    /** Forgets what it read, so that rows added since are used. */
    public void refresh() {
        snapshot = null;
    }

    /** A partner renamed on this node's partners screen is recognized by the next import at once. */
    @org.springframework.context.event.EventListener
    void partnersChanged(org.herald.changes.ChangesCommitted committed) {
        if (committed.changes().stream().anyMatch(change -> change.entity().equals(Partners.PARTNER))) {
            refresh();
        }
    }

    /** The organizations named in a text, by acronym, in order of first mention. */
    public List<String> organizations(String text) {
        return snapshot().organizations.find(text);
    }

    /** Each mention of an organization in a text, by acronym, where it is. */
    public List<NameIndex.Match<String>> organizationMentions(String text) {
        return snapshot().organizations.index.find(text);
    }

    /** Whether a name is a known dateline or office city's. */
    public boolean isCity(String name) {
        return countryOfCity(name) != null;
    }

    /** The themes whose keywords the text contains, in the order of the rules. */
    public List<String> themes(String text) {
        return snapshot().themes.find(text.toLowerCase(Locale.ROOT));
    }

    /** The country of a dateline city, or null. */
    String countryOfCity(String city) {
        return snapshot().cities.get(city.toLowerCase(Locale.ROOT));
    }

    /** The country of a nationality ("Moldovans", "Moldaves") and its English plural, or null. */
    FigureUnit.Nationality nationality(String name) {
        return snapshot().nationalities.get(name.toLowerCase(Locale.ROOT));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<String, String> organizations = new LinkedHashMap<>();
        partners.knownNames().forEach(known -> organizations.put(known.name(), known.acronym()));
        Map<String, String> themes = new LinkedHashMap<>();
        jdbc.sql("SELECT keyword, theme FROM theme_rule ORDER BY theme, id")
                .query((rs, n) -> Map.entry(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2))).list()
                .forEach(e -> themes.put(e.getKey(), e.getValue()));
        Map<String, String> cities = new LinkedHashMap<>();
        directory.officesWithCity().forEach(office -> cities.put(office.city().toLowerCase(Locale.ROOT),
                office.countryCode()));
        readCountries("SELECT name, country_code FROM dateline_city", cities);
        Map<String, FigureUnit.Nationality> nationalities = nationalities();
        return new Snapshot(new Names(organizations, false), new Names(themes, true), Map.copyOf(cities),
                Map.copyOf(nationalities));
    }

    /** Rows of a name and a country code, by the name in lower case. */
    private void readCountries(String sql, Map<String, String> byName) {
        jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2).trim())).list()
                .forEach(e -> byName.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    }

    /**
     * The nationalities by name in lower case. A country's first row is the English plural its
     * figures are reported in (V43 gave them before the other languages' names).
     */
    private Map<String, FigureUnit.Nationality> nationalities() {
        Map<String, String> english = new HashMap<>();
        Map<String, FigureUnit.Nationality> byName = new HashMap<>();
        jdbc.sql("SELECT name, country_code FROM nationality ORDER BY id")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2).trim())).list()
                .forEach(e -> {
                    String plural = english.computeIfAbsent(e.getValue(), country -> e.getKey());
                    byName.put(e.getKey().toLowerCase(Locale.ROOT), new FigureUnit.Nationality(e.getValue(), plural));
                });
        return byName;
    }

    private record Snapshot(Names organizations, Names themes, Map<String, String> cities,
                            Map<String, FigureUnit.Nationality> nationalities) {
    }

    /** Names matched at word boundaries (keywords only at the start of a word) to what they stand for. */
    private static final class Names {
        final NameIndex<String> index;

        Names(Map<String, String> meaning, boolean prefixes) {
            this.index = new NameIndex<>(meaning, prefixes);
        }

        List<String> find(String text) {
            Set<String> found = new LinkedHashSet<>();
            index.find(text).forEach(match -> found.add(match.value()));
            return List.copyOf(found);
        }
    }
}
