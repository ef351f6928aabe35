package org.herald.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The API keys table. A key is 32 random bytes; only its SHA-256 is stored and looked up (a
 * slow password hash is for guessable secrets, and a key is not one). What a key is worth is
 * remembered by each node, so that a request with a key costs no query; a revocation is logged
 * as a change, and every node forgets what it knew of keys when it reads that change (the node
 * that revokes at once). {@link ApiProperties#keyCheckCache()} bounds the memory in any case.
 */
@Component
class ApiKeys {

    /** The change log's name for API keys: a revocation is logged, and every node forgets what it knew of keys. */
    static final String ENTITY = "api_key";

    /** What a valid key allows: its own limit, its bucket named by its id. */
    record Grant(long id, int perMinute) {
    }

    private final JdbcClient jdbc;
    private final Cache<String, Optional<Grant>> checked;

    ApiKeys(JdbcClient jdbc, ApiProperties properties) {
        this.jdbc = jdbc;
        this.checked = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.keyCheckCache()).build();
    }

    /** The grant of a key a client presented; empty when it is no key of ours, or revoked. */
    Optional<Grant> check(String presented) {
        String hash = hash(presented);
        return checked.get(hash, h -> jdbc.sql("SELECT id, per_minute FROM api_key WHERE key_hash = :hash"
                        + " AND revoked_at IS NULL")
                .param("hash", h)
                .query((rs, n) -> new Grant(rs.getLong(1), rs.getInt(2)))
                .optional());
    }

    List<ApiKey> all() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY revoked_at DESC NULLS FIRST, created_at DESC, id DESC")
                .query((rs, n) -> new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                        rs.getInt("per_minute"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("created_by"), rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    Optional<ApiKey> byId(long id) {
        return all().stream().filter(key -> key.id() == id).findFirst();
    }

    long insert(String name, String key, int perMinute, String createdBy, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_key (name, key_hash, key_prefix, per_minute, created_at, created_by)
                VALUES (:name, :hash, :prefix, :perMinute, :now, :by)
                """)
                .param("name", name).param("hash", hash(key)).param("prefix", key.substring(0, 10))
                .param("perMinute", perMinute).param("now", now).param("by", createdBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void revoke(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE api_key SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", now).param("id", id).update();
    }

    /** A key was revoked here: forget what keys are worth once it is committed, not before (a check meanwhile would keep the old answer). */
    @org.springframework.context.event.EventListener
    void committedHere(org.herald.changes.ChangesCommitted committed) {
        if (committed.changes().stream().anyMatch(changed -> ENTITY.equals(changed.entity()))) {
            checked.invalidateAll();
        }
    }

    /** A key was revoked on some node, as the change log says. */
    @org.springframework.context.event.EventListener
    void followed(org.herald.changes.ChangesFollowed followed) {
        if (followed.entities().contains(ENTITY)) {
            checked.invalidateAll();
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
