package org.herald.themes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.herald.changes.Dependencies;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.content.TagCodes;
import org.herald.content.ThemeVocabulary;
import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.herald.places.Countries;
import org.herald.places.CountryName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The themes as the public, search and the importer see them: named in a language, in the
 * editors' order, with what is published on each (through the public read model, so that nothing
 * unpublished or embargoed is listed or counted) and the countries it concerns. A page that
 * reads the themes depends on every theme, so that a rename reaches it at once.
 */
@Component
public class Themes implements ThemeVocabulary {

    /** The change log's name for themes. */
    static final String ENTITY = "theme";

    private final JdbcClient jdbc;
    private final PublishedContent content;
    private final SiteLanguages languages;
    private final Countries countries;

    Themes(JdbcClient jdbc, PublishedContent content, SiteLanguages languages, Countries countries) {
        this.jdbc = jdbc;
        this.content = content;
        this.languages = languages;
        this.countries = countries;
    }

    /** Every theme named in the language, in the editors' order. */
    public List<Theme> all(Language language) {
        return stored().stream().map(theme -> theme.in(language, languages.defaultLanguage())).toList();
    }

    /** The theme with this code, named in the language; empty for a code that is no theme's. */
    public Optional<Theme> find(String code, Language language) {
        return stored().stream().filter(theme -> theme.code().equals(code)).findFirst()
                .map(theme -> theme.in(language, languages.defaultLanguage()));
    }

    @Override
    public boolean exists(String code) {
        if (code == null || !TagCodes.isValid(code)) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM theme WHERE code = :code").param("code", TagCodes.normalize(code))
                .query(Integer.class).single() > 0;
    }

    /** The themes' names in the language, by code (a facet's labels). */
    public Map<String, String> names(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        all(language).forEach(theme -> names.put(theme.code(), theme.name()));
        return names;
    }

    /** Every theme with the number of published items on it that a list in the language shows. */
    public List<ThemeCount> counts(Language language) {
        Map<String, Set<UUID>> groups = content.groupsByTheme();
        Set<UUID> tagged = new java.util.HashSet<>();
        groups.values().forEach(tagged::addAll);
        // Which tagged groups a list in the language shows, asked once for all themes.
        Set<UUID> shown = content.groupsListedIn(language, tagged);
        List<ThemeCount> counts = new ArrayList<>();
        for (Theme theme : all(language)) {
            long count = groups.getOrDefault(theme.code(), Set.of()).stream().filter(shown::contains).count();
            counts.add(new ThemeCount(theme, (int) count));
        }
        return counts;
    }

    /** The newest published articles and pages on the theme, as a list in the language shows them. */
    public List<PublishedSummary> published(String code, Language language, int limit) {
        return content.listedIn(language, content.groupsWithTheme(code), limit);
    }

    /** The countries published items on the theme are about, named in the language, by name. */
    public List<CountryName> countries(String code, Language language) {
        return countries.sorted(content.countriesWithTheme(code), language);
    }

    /** The themes published items about the country are on, named in the language, in order (a country's page). */
    public List<Theme> ofCountry(String countryCode, Language language) {
        Set<String> codes = content.themesOfCountry(countryCode);
        return all(language).stream().filter(theme -> codes.contains(theme.code())).toList();
    }

    /** The themes with all their texts, in order (the back office edits these). */
    List<StoredTheme> stored() {
        Dependencies.onAny(ENTITY);
        List<Row> rows = jdbc.sql("""
                SELECT t.id, t.code, t.position, x.language, x.name, x.description, x.written_by
                FROM theme t LEFT JOIN theme_text x ON x.theme_id = t.id
                ORDER BY t.position, t.code
                """).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))).list();
        Map<Long, StoredTheme> themes = new LinkedHashMap<>();
        for (Row row : rows) {
            StoredTheme theme = themes.computeIfAbsent(row.id(),
                    id -> new StoredTheme(id, row.code(), row.position(), new EnumMap<>(Language.class)));
            Language.fromCode(row.language()).ifPresent(language -> theme.texts().put(language,
                    new ThemeText(language, row.name(), row.description(), row.writtenBy())));
        }
        return List.copyOf(themes.values());
    }

    /** One theme and one of its texts (or none), as the query reads them. */
    private record Row(long id, String code, int position, String language, String name, String description,
                       String writtenBy) {
    }
}
