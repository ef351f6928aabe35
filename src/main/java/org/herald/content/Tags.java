package org.herald.content;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The themes and organizations of a published item, in {@code published_item_tag} (the working copy
 * keeps its own in its row, see {@link ContentItems}).
 */
final class Tags {

    static final String THEME = "theme";
    static final String ORGANIZATION = "organization";

    private Tags() {
    }

    /** The item's codes of one type, in alphabetical order. */
    static List<String> read(JdbcClient jdbc, long itemId, String type) {
        return jdbc.sql("SELECT code FROM published_item_tag WHERE item_id = :id AND tag_type = :type ORDER BY code")
                .param("id", itemId).param("type", type).query(String.class).list();
    }
}
