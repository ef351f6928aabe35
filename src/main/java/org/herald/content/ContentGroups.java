package org.herald.content;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which translation group each item belongs to, for whoever follows the change log: a change to
 * one language version of an item changes what every other version's page shows (its list of
 * languages), so a page cache evicts the group's pages, not only the item's.
 */
@Component
public class ContentGroups {

    private final JdbcClient jdbc;

    ContentGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group of each item that still exists, by id; one query however many are asked. */
    public Map<Long, UUID> of(Collection<Long> itemIds) {
        Map<Long, UUID> groups = new HashMap<>();
        if (itemIds.isEmpty()) {
            return groups;
        }
        jdbc.sql("SELECT id, translation_group FROM content_item WHERE id IN (:ids)")
                .param("ids", itemIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, UUID.class)))
                .list()
                .forEach(entry -> groups.put(entry.getKey(), entry.getValue()));
        return groups;
    }

    /**
     * The parent page groups of the items that still exist: a change to a sub-page changes its
     * section's list of sub-pages, which the menu on every page shows.
     */
    public java.util.Set<UUID> parentsOf(Collection<Long> itemIds) {
        java.util.Set<UUID> parents = new java.util.HashSet<>();
        if (itemIds.isEmpty()) {
            return parents;
        }
        jdbc.sql("SELECT DISTINCT parent_group FROM content_item WHERE id IN (:ids) AND parent_group IS NOT NULL")
                .param("ids", itemIds)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .forEach(parents::add);
        return parents;
    }
}
