package org.herald.content;

/**
 * A workflow move that the item's state does not allow (approving a draft, scheduling what is
 * not approved, editing an archived item). Nothing was changed.
 */
class TransitionNotAllowedException extends RuntimeException {

    private final transient Transition transition;
    private final transient ContentStatus status;

    public TransitionNotAllowedException(long itemId, Transition transition, ContentStatus status) {
        super("item " + itemId + ": " + transition + " is not allowed from " + status);
        this.transition = transition;
        this.status = status;
    }

    /** The move refused; null when the refused change was a save. */
    public Transition transition() {
        return transition;
    }

    /** The state the item was in. */
    public ContentStatus status() {
        return status;
    }
}
