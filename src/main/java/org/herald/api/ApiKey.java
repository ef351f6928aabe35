package org.herald.api;

import java.time.OffsetDateTime;

/**
 * An API key as the back office lists it: never the key itself, only its first characters.
 *
 * @param perMinute requests a minute it allows
 * @param revokedAt when it was revoked, null while it works
 */
public record ApiKey(long id, String name, String prefix, int perMinute, OffsetDateTime createdAt, String createdBy,
                     OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
