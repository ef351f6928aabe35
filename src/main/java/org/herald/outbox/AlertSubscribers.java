package org.herald.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code alert_subscriber} and {@code alert_digest_item} tables. */
@Component
class AlertSubscribers {

    private static final String COLUMNS = """
            id, token, email, language, countries, themes, kinds, frequency, digest_hour, time_zone, confirmed_at,
            created_at
            """;

    private final JdbcClient jdbc;
    private final Writes writes;

    AlertSubscribers(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    Optional<AlertSubscriber> byId(long id) {
        return one("id = :key", id);
    }

    Optional<AlertSubscriber> byToken(String token) {
        return one("token = :key", token);
    }

    Optional<AlertSubscriber> byEmail(String email) {
        return one("LOWER(email) = LOWER(:key)", email);
    }

    /** The next {@code limit} confirmed subscribers in a language after {@code afterId}, in id order. */
    List<AlertSubscriber> confirmedIn(String language, long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM alert_subscriber WHERE language = :language AND confirmed_at IS NOT NULL AND id > :after
                        ORDER BY id LIMIT :limit
                        """).param("language", language).param("after", afterId).param("limit", limit)
                .query(AlertSubscribers::subscriber).list();
    }

    boolean anyConfirmedIn(String language) {
        return !jdbc.sql("SELECT id FROM alert_subscriber WHERE language = :language AND confirmed_at IS NOT NULL LIMIT 1")
                .param("language", language).query(Long.class).list().isEmpty();
    }

    void queueFanout(long item, String language, String kind, List<String> countries, List<String> themes, String title,
                     String summary, String path, OffsetDateTime now) {
        writes.sql("""
                INSERT INTO alert_fanout (item_id, language, kind, countries, themes, title, summary, path,
                                          last_subscriber_id, done, created_at)
                VALUES (:item, :language, :kind, :countries, :themes, :title, :summary, :path, 0, FALSE, :now)
                """).param("item", item).param("language", language).param("kind", kind)
                .param("countries", String.join(",", countries)).param("themes", String.join(",", themes))
                .param("title", title).param("summary", summary).param("path", path).param("now", now);
    }

    /** Claims the oldest unfinished fan-out, locking its row (other nodes skip it). */
    Optional<Fanout> claimFanout() {
        return jdbc.sql("""
                SELECT id, item_id, language, kind, countries, themes, title, summary, path, last_subscriber_id
                FROM alert_fanout WHERE done = FALSE ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                """).query((rs, row) -> new Fanout(rs.getLong("id"), rs.getLong("item_id"), rs.getString("language"),
                        rs.getString("kind"), list(rs.getString("countries")), list(rs.getString("themes")),
                        rs.getString("title"), rs.getString("summary"), rs.getString("path"),
                        rs.getLong("last_subscriber_id"))).optional();
    }

    void fanoutProgress(long id, long lastSubscriber, boolean done) {
        writes.sql("UPDATE alert_fanout SET last_subscriber_id = :last, done = :done WHERE id = :id")
                .param("last", lastSubscriber).param("done", done).param("id", id);
    }

    long insert(AlertSubscriber s, OffsetDateTime now) {
        return writes.insert("""
                INSERT INTO alert_subscriber (token, email, language, countries, themes, kinds, frequency, digest_hour,
                                              time_zone, created_at)
                VALUES (:token, :email, :language, :countries, :themes, :kinds, :frequency, :hour, :zone, :now)
                """, Map.of("token", s.token(), "email", s.email(), "language", s.language(),
                "countries", String.join(",", s.countries()), "themes", String.join(",", s.themes()),
                "kinds", String.join(",", s.kinds()), "frequency", s.daily() ? "daily" : "immediate",
                "hour", s.digestHour(), "zone", s.zone().getId(), "now", now),
                broken -> new AlertException("alerts.error.taken"));
    }

    void confirm(long id, OffsetDateTime now, OffsetDateTime nextDigest) {
        writes.sql("""
                UPDATE alert_subscriber SET confirmed_at = COALESCE(confirmed_at, :now), next_digest_at = :next
                WHERE id = :id
                """).param("now", now).param("next", nextDigest).param("id", id);
    }

    void update(AlertSubscriber s, OffsetDateTime nextDigest) {
        writes.sql("""
                UPDATE alert_subscriber SET language = :language, countries = :countries, themes = :themes,
                    kinds = :kinds, frequency = :frequency, digest_hour = :hour, time_zone = :zone, next_digest_at = :next
                WHERE id = :id
                """).param("language", s.language()).param("countries", String.join(",", s.countries()))
                .param("themes", String.join(",", s.themes())).param("kinds", String.join(",", s.kinds()))
                .param("frequency", s.daily() ? "daily" : "immediate").param("hour", s.digestHour())
                .param("zone", s.zone().getId()).param("next", nextDigest).param("id", s.id());
    }

    /** Deletes the subscriber and what waits for their digest. */
    void delete(long id) {
        writes.sql("DELETE FROM alert_digest_item WHERE subscriber_id = :id").param("id", id);
        writes.sql("DELETE FROM alert_subscriber WHERE id = :id").param("id", id);
    }

    void queueForDigest(long subscriber, long item, String title, String summary, String path, OffsetDateTime now) {
        writes.sql("""
                INSERT INTO alert_digest_item (subscriber_id, item_id, title, summary, path, queued_at)
                VALUES (:subscriber, :item, :title, :summary, :path, :now)
                """).param("subscriber", subscriber).param("item", item).param("title", title)
                .param("summary", summary).param("path", path).param("now", now);
    }

    /** Claims one subscriber whose digest is due, locking the row (other nodes skip it). */
    Optional<AlertSubscriber> claimDueDigest(OffsetDateTime now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM alert_subscriber WHERE frequency = 'daily' AND confirmed_at IS NOT NULL
                         AND next_digest_at <= :now ORDER BY next_digest_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                        """).param("now", now).query(AlertSubscribers::subscriber).optional();
    }

    List<DigestItem> digestItems(long subscriber) {
        return jdbc.sql("SELECT id, title, summary, path FROM alert_digest_item WHERE subscriber_id = :s ORDER BY id")
                .param("s", subscriber)
                .query((rs, row) -> new DigestItem(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("path"))).list();
    }

    void digestSent(long subscriber, long upToItem, OffsetDateTime next) {
        writes.sql("DELETE FROM alert_digest_item WHERE subscriber_id = :s AND id <= :upTo")
                .param("s", subscriber).param("upTo", upToItem);
        writes.sql("UPDATE alert_subscriber SET next_digest_at = :next WHERE id = :s").param("next", next)
                .param("s", subscriber);
    }

    private Optional<AlertSubscriber> one(String where, Object key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscriber WHERE " + where).param("key", key)
                .query(AlertSubscribers::subscriber).optional();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static AlertSubscriber subscriber(ResultSet rs, int row) throws SQLException {
        return new AlertSubscriber(rs.getLong("id"), rs.getString("token"), rs.getString("email"),
                rs.getString("language"), list(rs.getString("countries")), list(rs.getString("themes")),
                list(rs.getString("kinds")), "daily".equals(rs.getString("frequency")), rs.getInt("digest_hour"),
                ZoneId.of(rs.getString("time_zone")), rs.getObject("confirmed_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    /** A publication's alerts being written out, and how far. */
    record Fanout(long id, long itemId, String language, String kind, List<String> countries, List<String> themes,
                  String title, String summary, String path, long lastSubscriber) {
    }

    /** An article waiting for a digest. */
    record DigestItem(long id, String title, String summary, String path) {
    }
}
