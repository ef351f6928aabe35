package org.herald.forms;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The forms' definitions, in {@code form}. */
@Component
class FormStore {

    private final JdbcClient jdbc;
    private final Writes writes;
    private final FormJson json;

    FormStore(JdbcClient jdbc, Writes writes, FormJson json) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
    }

    Optional<StoredForm> find(String slug) {
        return jdbc.sql("SELECT id, slug, definition, version FROM form WHERE slug = :slug").param("slug", slug)
                .query((rs, row) -> stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).optional();
    }

    List<StoredForm> all() {
        return jdbc.sql("SELECT id, slug, definition, version FROM form ORDER BY slug")
                .query((rs, row) -> stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    long insert(String slug, String definition, OffsetDateTime now) {
        return writes.insert("INSERT INTO form (slug, definition, updated_at) VALUES (:slug, :definition, :now)",
                java.util.Map.of("slug", slug, "definition", definition, "now", now),
                refused -> new FormRefused(java.util.Map.of("slug", "forms.error.slug-taken")));
    }

    /** False when the form changed since {@code version} was read. */
    boolean update(long id, int version, String definition, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE form SET definition = :definition, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version
                """).param("definition", definition).param("now", now).param("id", id).param("version", version)
                .update() == 1;
    }

    private StoredForm stored(long id, String slug, String definition, int version) {
        return new StoredForm(id, slug, json.read(definition), definition, version);
    }
}
