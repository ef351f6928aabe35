package org.herald.changes;

import java.util.Set;

/**
 * Changes read from the change log, made on any node (this one included), announced in this node
 * once the page cache has applied them: a node's other caches (what an API key is worth) forget
 * what these changed within the log's follow interval, as its pages do.
 *
 * @param entities the change log's entities that changed
 */
public record ChangesFollowed(Set<String> entities) {
}
