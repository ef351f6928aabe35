package org.herald.accounts;

/**
 * Who performs an action: a signed-in user, or Herald itself (the seed loader, the
 * scheduler). Every action checks its permission against the actor and records it in the
 * audit log.
 *
 * @param userId     the user's id, null for Herald itself
 * @param name       the username, or a name for the system task ("seed")
 * @param role       the user's role, null for Herald itself
 * @param remoteAddr the address the request came from, null for system tasks
 */
public record Actor(Long userId, String name, Role role, String remoteAddr) {

    /** Herald acting on its own, e.g. loading the seed; allowed everything. */
    public static Actor system(String task) {
        return new Actor(null, "system:" + task, null, null);
    }

    public boolean isSystem() {
        return userId == null && role == null;
    }

    public boolean can(Permission permission) {
        return isSystem() || role.grants(permission);
    }

    /** Throws {@link NotPermittedException} unless the actor has the permission. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new NotPermittedException(this, permission);
        }
    }
}
