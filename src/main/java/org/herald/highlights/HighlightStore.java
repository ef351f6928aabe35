package org.herald.highlights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code highlight} table. */
@Component
class HighlightStore {

    private static final String COLUMNS = """
            SELECT id, place, position, item_group, link_url, link_title, image_key, image_alt, image_credit, language,
                   starts_at, ends_at
            FROM highlight
            """;
    /** The pins of a place that may show in a language (its own, and those for every language). */
    private static final String IN_LANGUAGE = " WHERE place = :place AND (language IS NULL OR language = :language)";

    private final JdbcClient jdbc;

    HighlightStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every pin, by place and order, shown or not. */
    List<Highlight> all() {
        return jdbc.sql(COLUMNS + " ORDER BY place, position, id").query(HighlightStore::highlight).list();
    }

    List<Highlight> of(String place) {
        return jdbc.sql(COLUMNS + " WHERE place = :place ORDER BY position, id").param("place", place)
                .query(HighlightStore::highlight).list();
    }

    Optional<Highlight> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(HighlightStore::highlight).optional();
    }

    /** The pins of a place that show in a language at this instant, in order. */
    List<Highlight> shownAt(String place, String language, Instant now) {
        return jdbc.sql(COLUMNS + IN_LANGUAGE + " AND starts_at <= :now AND (ends_at IS NULL OR ends_at > :now)"
                        + " ORDER BY position, id")
                .param("place", place).param("language", language).param("now", utc(now))
                .query(HighlightStore::highlight).list();
    }

    /** The next instant after {@code now} when a pin of the place starts or ends in the language. */
    Optional<Instant> nextChange(String place, String language, Instant now) {
        return jdbc.sql("SELECT MIN(t) FROM (SELECT starts_at AS t FROM highlight" + IN_LANGUAGE
                        + " AND starts_at > :now UNION ALL SELECT ends_at AS t FROM highlight" + IN_LANGUAGE
                        + " AND ends_at > :now) x")
                .param("place", place).param("language", language).param("now", utc(now))
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .single();
    }

    /** Adds a pin at the end of its place; returns its id. */
    long insert(Highlight pin, Long actorId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO highlight (place, position, item_group, link_url, link_title, image_key, image_alt,
                    image_credit, language, starts_at, ends_at, created_at, created_by)
                VALUES (:place, (SELECT COALESCE(MAX(h.position), 0) + 1 FROM highlight h WHERE h.place = :place),
                    :itemGroup, :linkUrl, :linkTitle, :imageKey, :imageAlt, :imageCredit, :language, :startsAt, :endsAt,
                    :now, :actorId)
                """)
                .param("place", pin.place()).param("itemGroup", pin.itemGroup()).param("linkUrl", pin.linkUrl())
                .param("linkTitle", pin.linkTitle()).param("imageKey", pin.imageKey())
                .param("imageAlt", pin.imageAlt()).param("imageCredit", pin.imageCredit())
                .param("language", pin.language()).param("startsAt", pin.startsAt()).param("endsAt", pin.endsAt())
                .param("now", utc(now)).param("actorId", actorId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void setPosition(long id, int position) {
        jdbc.sql("UPDATE highlight SET position = :position WHERE id = :id")
                .param("position", position).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM highlight WHERE id = :id").param("id", id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Highlight highlight(ResultSet rs, int row) throws SQLException {
        return new Highlight(rs.getLong("id"), rs.getString("place"), rs.getInt("position"),
                rs.getObject("item_group", UUID.class), rs.getString("link_url"), rs.getString("link_title"),
                rs.getString("image_key"), rs.getString("image_alt"), rs.getString("image_credit"),
                rs.getString("language"), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class));
    }
}
