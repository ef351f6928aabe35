package org.herald.content;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An item's links to countries, contacts, themes and organizations, written to the working
 * copy's tables ({@code item_country}...) or the public ones ({@code published_item_country}...).
 * Each table gets one multi-row insert: an item with ten countries costs one round trip to the
 * database, not ten, which is what keeps a large import fast.
 */
final class Links {

    static final String WORKING_COPY = "item";
    static final String PUBLISHED = "published_item";

    private Links() {
    }

    /** Adds the draft's links to the item in the tables starting with {@code prefix}. */
    static void insert(JdbcClient jdbc, String prefix, long itemId, ContentDraft draft) {
        List<Object[]> countries = new ArrayList<>();
        draft.countries().forEach(code -> countries.add(new Object[] {itemId, code}));
        rows(jdbc, prefix + "_country (item_id, country_code)", countries);
        List<Object[]> contacts = new ArrayList<>();
        draft.contacts().forEach(contact -> contacts.add(new Object[] {itemId, contact, contacts.size()}));
        rows(jdbc, prefix + "_contact (item_id, contact_id, position)", contacts);
        List<Object[]> tags = new ArrayList<>();
        draft.themes().forEach(code -> tags.add(new Object[] {itemId, Tags.THEME, code}));
        draft.organizations().forEach(code -> tags.add(new Object[] {itemId, Tags.ORGANIZATION, code}));
        rows(jdbc, prefix + "_tag (item_id, tag_type, code)", tags);
    }

    /** Inserts the rows in one statement; {@code target} is the table and its column list. */
    private static void rows(JdbcClient jdbc, String target, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql("INSERT INTO " + target + " VALUES :rows").param("rows", rows).update();
        }
    }
}
