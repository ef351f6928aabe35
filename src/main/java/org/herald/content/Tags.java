package org.herald.content;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The themes and organizations of an item, in {@code item_tag} and {@code published_item_tag}. */
final class Tags {

    static final String THEME = "theme";
    static final String ORGANIZATION = "organization";

    private Tags() {
    }

    /** The item's codes of one type, in alphabetical order. */
    static List<String> read(JdbcClient jdbc, String table, long itemId, String type) {
        return jdbc.sql("SELECT code FROM " + table + " WHERE item_id = :id AND tag_type = :type ORDER BY code")
                .param("id", itemId).param("type", type).query(String.class).list();
    }
}
