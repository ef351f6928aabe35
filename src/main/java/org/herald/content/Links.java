package org.herald.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.herald.store.Pipeline;

/**
 * An item's links to countries, contacts, themes and organizations, written to the working
 * copy's tables ({@code item_country}...) or the public ones ({@code published_item_country}...).
 * Each table gets one multi-row insert, and all three go in the caller's pipeline: an item with
 * ten countries costs the database one statement, not ten, which is what keeps a large import
 * fast.
 */
final class Links {

    static final String WORKING_COPY = "item";
    static final String PUBLISHED = "published_item";

    private Links() {
    }

    /**
     * Adds the draft's links to the item in the tables starting with {@code prefix}. A contact
     * missing from the directory (the one key the validator may leave to the database, see
     * {@link DraftValidator}) is refused as unknown when the pipeline runs.
     */
    static void insert(Pipeline writes, String prefix, long itemId, ContentDraft draft) {
        List<Object[]> countries = new ArrayList<>();
        draft.countries().forEach(code -> countries.add(new Object[] {itemId, code}));
        rows(writes, prefix + "_country (item_id, country_code)", countries);
        List<Object[]> contacts = new ArrayList<>();
        draft.contacts().forEach(contact -> contacts.add(new Object[] {itemId, contact, contacts.size()}));
        Pipeline.Step contactRows = rows(writes, prefix + "_contact (item_id, contact_id, position)", contacts);
        if (contactRows != null) {
            contactRows.refusing(unknown -> new ContentValidationException(Map.of("contacts", "error.contact.unknown")));
        }
        List<Object[]> tags = new ArrayList<>();
        draft.themes().forEach(code -> tags.add(new Object[] {itemId, Tags.THEME, code}));
        draft.organizations().forEach(code -> tags.add(new Object[] {itemId, Tags.ORGANIZATION, code}));
        rows(writes, prefix + "_tag (item_id, tag_type, code)", tags);
    }

    /** Removes the item's links from the tables starting with {@code prefix}. */
    static void delete(Pipeline writes, String prefix, long itemId) {
        for (String table : List.of("_country", "_contact", "_tag")) {
            writes.sql("DELETE FROM " + prefix + table + " WHERE item_id = :id").param("id", itemId);
        }
    }

    /** Inserts the rows in one statement, null when there are none; {@code target} is the table and its columns. */
    private static Pipeline.Step rows(Pipeline writes, String target, List<Object[]> rows) {
        return rows.isEmpty() ? null : writes.sql("INSERT INTO " + target + " VALUES :rows").param("rows", rows);
    }
}
