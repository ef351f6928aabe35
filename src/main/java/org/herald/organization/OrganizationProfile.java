package org.herald.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganizationProfile(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Fact fact) {
        jdbc.sql("""
                INSERT INTO org_fact (fact_key, number_value, text_value, as_of, statement, source, recorded_at)
                VALUES (:key, :number, :text, :asOf, :statement, :source, :at)
                """)
                .param("key", fact.key())
                .param("number", fact.number())
                .param("text", fact.text())
                .param("asOf", fact.asOf())
                .param("statement", fact.statement())
                .param("source", fact.source())
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    /** The current value of each key, in {@link #KEYS} order. */
    public Map<String, Fact> current() {
        Map<String, Fact> current = new LinkedHashMap<>();
        KEYS.forEach(key -> find(key).ifPresent(fact -> current.put(key, fact)));
        return current;
    }

    public Optional<Fact> find(String key) {
        return jdbc.sql("""
                SELECT fact_key, number_value, text_value, as_of, statement, source FROM org_fact
                WHERE fact_key = :key
                ORDER BY as_of DESC NULLS LAST, recorded_at DESC, id DESC
                LIMIT 1
                """)
                .param("key", key)
                .query((rs, n) -> new Fact(rs.getString("fact_key"),
                        (Long) rs.getObject("number_value", Long.class),
                        rs.getString("text_value"),
                        rs.getObject("as_of", java.time.LocalDate.class),
                        rs.getString("statement"),
                        rs.getString("source")))
                .optional();
    }

    /** The organization's name as the site header shows it. */
    public Optional<String> name() {
        return find("name").map(Fact::text);
    }
}
