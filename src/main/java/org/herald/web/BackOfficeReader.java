package org.herald.web;

import java.time.ZoneId;
import java.util.Set;

/**
 * The signed-in person reading a back-office page, as the frame and the modules' dashboard
 * entries need them: who, what they may do (permission names, "CONTENT_PUBLISH") and their zone.
 */
public record BackOfficeReader(Long userId, String name, Set<String> permissions, ZoneId zone) {

    public BackOfficeReader {
        permissions = Set.copyOf(permissions);
    }

    /** Whether the reader has the permission, by its name. */
    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
