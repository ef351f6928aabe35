package org.herald.content;

/**
 * A save based on a version that is no longer the latest: someone else saved in between.
 * Nothing was changed; the editor must look at the newer version first.
 */
public class StaleEditException extends RuntimeException {

    private final long itemId;
    private final int currentVersion;

    public StaleEditException(long itemId, int currentVersion) {
        super("item " + itemId + " was changed since (now version " + currentVersion + ")");
        this.itemId = itemId;
        this.currentVersion = currentVersion;
    }

    public long itemId() {
        return itemId;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
