package org.herald.accounts;

/** An actor tried something its role does not allow; shown as 403. */
public class NotPermittedException extends RuntimeException {

    private final transient Permission permission;

    public NotPermittedException(Actor actor, Permission permission) {
        super(actor.name() + " may not " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
