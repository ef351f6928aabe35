package org.herald.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.herald.accounts.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code media_item} and {@code media_file} tables. */
@Component
class MediaStore {

    private static final String COLUMNS = """
            SELECT id, media_key, kind, media_type, file_name, byte_size, width, height, alt_text, created_at,
                   created_by_name
            FROM media_item
            """;

    /** The bytes of one file and what to serve them as. */
    record StoredFile(String mediaType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    MediaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String key, FileFormat format, String fileName, byte[] bytes, Integer width, Integer height,
                String sha256, Actor actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO media_item (media_key, kind, media_type, file_name, byte_size, width, height, sha256,
                    created_at, created_by, created_by_name, updated_at)
                VALUES (:key, :kind, :type, :fileName, :size, :width, :height, :sha, :now, :actorId, :actorName, :now)
                """)
                .param("key", key).param("kind", format.kind().name()).param("type", format.mediaType())
                .param("fileName", fileName).param("size", (long) bytes.length).param("width", width)
                .param("height", height).param("sha", sha256).param("now", now).param("actorId", actor.userId())
                .param("actorName", actor.name())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        addFile(id, "original", format.mediaType(), width, height, bytes);
        return id;
    }

    void addFile(long mediaId, String variant, String mediaType, Integer width, Integer height, byte[] bytes) {
        jdbc.sql("""
                INSERT INTO media_file (media_id, variant, media_type, width, height, byte_size, bytes)
                VALUES (:id, :variant, :type, :width, :height, :size, :bytes)
                """)
                .param("id", mediaId).param("variant", variant).param("type", mediaType).param("width", width)
                .param("height", height).param("size", (long) bytes.length).param("bytes", bytes)
                .update();
    }

    void describe(long id, String altText, OffsetDateTime now) {
        jdbc.sql("UPDATE media_item SET alt_text = :alt, updated_at = :now WHERE id = :id")
                .param("alt", altText).param("now", now).param("id", id).update();
    }

    Optional<MediaItem> find(String key) {
        List<MediaItem> found = withRenditions(jdbc.sql(COLUMNS + " WHERE media_key = :key").param("key", key)
                .query(MediaStore::item).list());
        return found.stream().findFirst();
    }

    List<MediaItem> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return withRenditions(jdbc.sql(COLUMNS + " WHERE media_key IN (:keys)").param("keys", keys)
                .query(MediaStore::item).list());
    }

    List<MediaItem> page(MediaKind kind, int limit, int offset) {
        String where = kind == null ? "" : " WHERE kind = :kind";
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            params.put("kind", kind.name());
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return withRenditions(jdbc.sql(COLUMNS + where + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(MediaStore::item).list());
    }

    long count(MediaKind kind) {
        return kind == null ? jdbc.sql("SELECT COUNT(*) FROM media_item").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM media_item WHERE kind = :kind").param("kind", kind.name())
                .query(Long.class).single();
    }

    Optional<StoredFile> file(String key, String variant) {
        return jdbc.sql("""
                SELECT f.media_type, f.bytes FROM media_file f JOIN media_item m ON m.id = f.media_id
                WHERE m.media_key = :key AND f.variant = :variant
                """)
                .param("key", key).param("variant", variant)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    private List<MediaItem> withRenditions(List<MediaItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<Rendition>> renditions = new HashMap<>();
        jdbc.sql("""
                SELECT media_id, variant, media_type, width, height FROM media_file
                WHERE media_id IN (:ids) AND variant <> 'original' ORDER BY width
                """)
                .param("ids", items.stream().map(MediaItem::id).toList())
                .query(rs -> {
                    renditions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Rendition(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                });
        return items.stream().map(item -> new MediaItem(item.id(), item.key(), item.kind(), item.mediaType(),
                item.fileName(), item.byteSize(), item.width(), item.height(), item.altText(), item.createdAt(),
                item.createdBy(), renditions.getOrDefault(item.id(), List.of()))).toList();
    }

    private static MediaItem item(ResultSet rs, int row) throws SQLException {
        return new MediaItem(rs.getLong("id"), rs.getString("media_key"), MediaKind.valueOf(rs.getString("kind")),
                rs.getString("media_type"), rs.getString("file_name"), rs.getLong("byte_size"),
                (Integer) rs.getObject("width", Integer.class), (Integer) rs.getObject("height", Integer.class),
                rs.getString("alt_text"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by_name"), List.of());
    }
}
