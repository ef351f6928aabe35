package org.herald.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code webhook_endpoint} table. */
@Component
class WebhookEndpoints {

    private static final String COLUMNS = """
            id, url, events, secret, previous_secret, previous_secret_until, enabled, consecutive_failures,
            disabled_at, created_at, created_by
            """;

    private final JdbcClient jdbc;
    private final Writes writes;

    WebhookEndpoints(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    List<WebhookEndpoint> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint ORDER BY id").query(WebhookEndpoints::endpoint).list();
    }

    /** The enabled endpoints; disabled ones get nothing new until enabled again. */
    List<WebhookEndpoint> enabled() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE enabled = TRUE ORDER BY id")
                .query(WebhookEndpoints::endpoint).list();
    }

    Optional<WebhookEndpoint> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id").param("id", id)
                .query(WebhookEndpoints::endpoint).optional();
    }

    long countDisabled() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_endpoint WHERE enabled = FALSE").query(Long.class).single();
    }

    long insert(String url, Set<WebhookEvent> events, String secret, OffsetDateTime now, String by) {
        return writes.insert("""
                INSERT INTO webhook_endpoint (url, events, secret, enabled, consecutive_failures, created_at, created_by)
                VALUES (:url, :events, :secret, TRUE, 0, :now, :by)
                """, Map.of("url", url, "events", names(events), "secret", secret, "now", now, "by", by),
                broken -> new IllegalStateException(broken));
    }

    void rotate(long id, String secret, String previous, OffsetDateTime previousUntil) {
        writes.sql("""
                UPDATE webhook_endpoint SET secret = :secret, previous_secret = :previous,
                    previous_secret_until = :until WHERE id = :id
                """).param("secret", secret).param("previous", previous).param("until", previousUntil).param("id", id);
    }

    void enable(long id) {
        writes.sql("""
                UPDATE webhook_endpoint SET enabled = TRUE, consecutive_failures = 0, disabled_at = NULL WHERE id = :id
                """).param("id", id);
    }

    void succeeded(long id) {
        writes.sql("UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = :id AND consecutive_failures > 0")
                .param("id", id);
    }

    /** Counts a failure, and disables the endpoint when it reaches {@code limit}. */
    void failed(long id, int limit, OffsetDateTime now) {
        writes.sql("""
                UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1,
                    enabled = CASE WHEN consecutive_failures + 1 >= :limit THEN FALSE ELSE enabled END,
                    disabled_at = CASE WHEN consecutive_failures + 1 >= :limit AND enabled THEN :now ELSE disabled_at END
                WHERE id = :id
                """).param("limit", limit).param("now", now).param("id", id);
    }

    private static String names(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(","));
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(rs.getString("events").split(",")).map(WebhookEvent::of).flatMap(Optional::stream)
                .forEach(events::add);
        return new WebhookEndpoint(rs.getLong("id"), rs.getString("url"), events, rs.getString("secret"),
                rs.getString("previous_secret"), rs.getObject("previous_secret_until", OffsetDateTime.class),
                rs.getBoolean("enabled"), rs.getInt("consecutive_failures"),
                rs.getObject("disabled_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
