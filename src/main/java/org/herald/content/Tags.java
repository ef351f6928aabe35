package org.herald.content;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The themes and organizations of an item, in {@code item_tag} and {@code published_item_tag}. */
final class Tags {

    static final String THEME = "theme";
    static final String ORGANIZATION = "organization";

    private Tags() {
    }

    /** Adds the draft's themes and organizations to {@code table} for the item. */
    static void insert(JdbcClient jdbc, String table, long itemId, ContentDraft draft) {
        insert(jdbc, table, itemId, THEME, draft.themes());
        insert(jdbc, table, itemId, ORGANIZATION, draft.organizations());
    }

    /** The item's codes of one type, in alphabetical order. */
    static List<String> read(JdbcClient jdbc, String table, long itemId, String type) {
        return jdbc.sql("SELECT code FROM " + table + " WHERE item_id = :id AND tag_type = :type ORDER BY code")
                .param("id", itemId).param("type", type).query(String.class).list();
    }

    private static void insert(JdbcClient jdbc, String table, long itemId, String type, List<String> codes) {
        for (String code : codes) {
            jdbc.sql("INSERT INTO " + table + " (item_id, tag_type, code) VALUES (:id, :type, :code)")
                    .param("id", itemId).param("type", type).param("code", code).update();
        }
    }
}
