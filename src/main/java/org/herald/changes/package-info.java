/**
 * The change log: a transactional outbox of every change to public content, numbered in
 * commit order. Writers append in their own transaction; each node follows it to keep its
 * search index and its page cache current, and catches up from its last applied number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change log")
package org.herald.changes;
