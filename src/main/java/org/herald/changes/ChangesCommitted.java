package org.herald.changes;

import java.util.List;

/**
 * Changes this node has just committed, announced in this node only, at once after the commit:
 * its own caches need not wait for the change log to be read to forget what these changed, so
 * whoever made a change sees it on their next page. Other nodes learn it from the change log.
 *
 * @param changes what changed, in the order it was recorded
 */
public record ChangesCommitted(List<Changed> changes) {

    /** One thing that changed: the change log's entity and its id. */
    public record Changed(String entity, long entityId) {
    }
}
