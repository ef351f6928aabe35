package org.herald.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.herald.changes.ChangeLog;
import org.herald.changes.Dependencies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and records the organization's facts. A fact is never overwritten: a new value is a
 * new row, and the current value of a key is the one with the latest date (facts with no date
 * count as older than dated ones, then the most recently recorded wins).
 */
@Component
public class OrganizationProfile {

    /** The keys the site shows, in the order it shows them. */
    public static final List<String> KEYS = List.of("name", "acronym", "part_of", "founded", "member_states",
            "countries_of_presence");

    /** The change log's name for the profile, in which pages name what they depend on. */
    private static final String PROFILE = "profile";

    private final JdbcClient jdbc;
    private final ChangeLog changes;
    private final Clock clock;

    OrganizationProfile(JdbcClient jdbc, ChangeLog changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    /** Records a new value of a fact; every page that shows the profile is then out of date. */
    @Transactional
    public void record(Fact fact) {
        jdbc.sql("""
                INSERT INTO org_fact (fact_key, number_value, text_value, as_of, statement, source, recorded_at, language)
                VALUES (:key, :number, :text, :asOf, :statement, :source, :at, :language)
                """)
                .param("key", fact.key())
                .param("number", fact.number())
                .param("text", fact.text())
                .param("asOf", fact.asOf())
                .param("statement", fact.statement())
                .param("source", fact.source())
                .param("language", fact.language())
                .param("at", OffsetDateTime.now(clock))
                .update();
        changes.record(PROFILE, 0, fact.language(), "recorded");
    }

    /** The current value of each key, in {@link #KEYS} order, text facts in English. */
    public Map<String, Fact> current() {
        return current("en");
    }

    /** The current value of each key, text facts in the language if it has them, else in English. */
    public Map<String, Fact> current(String language) {
        Map<String, Fact> current = new LinkedHashMap<>();
        KEYS.forEach(key -> find(key, language).ifPresent(fact -> current.put(key, fact)));
        return current;
    }

    public Optional<Fact> find(String key) {
        return find(key, "en");
    }

    /**
     * The current value of a key: the latest dated one (facts with no date count as older),
     * among those in the language, else those that have none (numbers), else English.
     */
    public Optional<Fact> find(String key, String language) {
        Dependencies.onAny(PROFILE);
        return jdbc.sql("""
                SELECT fact_key, number_value, text_value, as_of, statement, source, language FROM org_fact
                WHERE fact_key = :key
                ORDER BY CASE WHEN language = :language THEN 0 WHEN language IS NULL THEN 1
                              WHEN language = 'en' THEN 2 ELSE 3 END,
                         as_of DESC NULLS LAST, recorded_at DESC, id DESC
                LIMIT 1
                """)
                .param("key", key)
                .param("language", language)
                .query((rs, n) -> new Fact(rs.getString("fact_key"),
                        (Long) rs.getObject("number_value", Long.class),
                        rs.getString("text_value"),
                        rs.getObject("as_of", java.time.LocalDate.class),
                        rs.getString("statement"),
                        rs.getString("source"),
                        rs.getString("language")))
                .optional();
    }

    /** The organization's name as the site header shows it. */
    public Optional<String> name() {
        return name("en");
    }

    /** The organization's name in a language, else in English. */
    public Optional<String> name(String language) {
        return find("name", language).map(Fact::text);
    }
}
