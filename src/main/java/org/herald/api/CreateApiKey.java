package org.herald.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Makes an API key with its own limit; the key itself is shown once and never stored. */
@Component
class CreateApiKey {

    /** The most requests a minute a key may be given. */
    static final int MAX_PER_MINUTE = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key just made: the only moment its secret is known. */
    record NewKey(long id, String key) {
    }

    private final ApiKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    CreateApiKey(ApiKeys keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    NewKey create(Actor actor, String name, int perMinute) {
        actor.require(Permission.API_KEYS);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new ApiKeyException("admin.api-keys.error.name");
        }
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new ApiKeyException("admin.api-keys.error.limit");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "hk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = keys.insert(trimmed, key, perMinute, actor.name(), OffsetDateTime.now(clock));
        audit.record(actor, "api_key.create", "api_key", id, trimmed + ", " + perMinute + "/min");
        return new NewKey(id, key);
    }
}
