package org.herald.api;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops an API key from working: on this node once the revocation commits, on the others when
 * they read it from the change log (within its follow interval, 250 ms by default).
 */
@Component
class RevokeApiKey {

    private final ApiKeys keys;
    private final AuditLog audit;
    private final Clock clock;
    private final ChangeLog changes;

    RevokeApiKey(ApiKeys keys, AuditLog audit, Clock clock, ChangeLog changes) {
        this.changes = changes;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void revoke(Actor actor, long id) {
        actor.require(Permission.API_KEYS);
        ApiKey key = keys.byId(id).orElseThrow(() -> new ApiKeyException("admin.api-keys.error.unknown"));
        if (!key.active()) {
            return;
        }
        keys.revoke(id, OffsetDateTime.now(clock));
        audit.record(actor, "api_key.revoke", "api_key", id, key.name());
        changes.record(ApiKeys.ENTITY, id, null, "revoked");
    }
}
