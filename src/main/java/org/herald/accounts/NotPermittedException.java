package org.herald.accounts;

/** An actor tried something its role does not allow; shown as 403. */
public class NotPermittedException extends RuntimeException {

    private final transient Permission permission;

    /** {@code permission} is null when the route declares none (refused for everyone). */
    public NotPermittedException(Actor actor, Permission permission) {
        super(actor.name() + (permission == null ? " may not use a route without a permission rule"
                : " may not " + permission));
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
