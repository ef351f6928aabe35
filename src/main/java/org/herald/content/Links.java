package org.herald.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.herald.store.Write;
import org.herald.store.Writes;

/**
 * An item's links: to contacts, in the working copy's {@code item_contact} and the public
 * {@code published_item_contact}; to countries, themes and organizations, in the public
 * {@code published_item_country} and {@code published_item_tag}, on which the site filters (the
 * working copy keeps those three in the item's own row, see {@link ContentItems}). Each table gets
 * one multi-row insert among the transaction's writes: an item with ten countries costs the database
 * one statement, not ten, which is what keeps a large import fast.
 */
final class Links {

    static final String WORKING_COPY = "item";
    static final String PUBLISHED = "published_item";

    private Links() {
    }

    /**
     * Adds the draft's contacts to the item in {@code prefix}_contact. A contact missing from the
     * directory (the one key the validator may leave to the database, see {@link DraftValidator})
     * is refused as unknown when the writes are sent.
     */
    static void insertContacts(Writes writes, String prefix, long itemId, ContentDraft draft) {
        List<Object[]> contacts = new ArrayList<>();
        draft.contacts().forEach(contact -> contacts.add(new Object[] {itemId, contact, contacts.size()}));
        Write contactRows = rows(writes, prefix + "_contact (item_id, contact_id, position)", contacts);
        if (contactRows != null) {
            contactRows.refusing(unknown -> new ContentValidationException(Map.of("contacts", "error.contact.unknown")));
        }
    }

    /** Adds the draft's countries, themes and organizations to the public copy of the item. */
    static void insertPublishedCountriesAndTags(Writes writes, long itemId, ContentDraft draft) {
        List<Object[]> countries = new ArrayList<>();
        draft.countries().forEach(code -> countries.add(new Object[] {itemId, code}));
        rows(writes, PUBLISHED + "_country (item_id, country_code)", countries);
        List<Object[]> tags = new ArrayList<>();
        draft.themes().forEach(code -> tags.add(new Object[] {itemId, Tags.THEME, code}));
        draft.organizations().forEach(code -> tags.add(new Object[] {itemId, Tags.ORGANIZATION, code}));
        rows(writes, PUBLISHED + "_tag (item_id, tag_type, code)", tags);
    }

    /** Removes the working copy's links to contacts (its other links are in its row). */
    static void deleteContacts(Writes writes, long itemId) {
        writes.sql("DELETE FROM " + WORKING_COPY + "_contact WHERE item_id = :id").param("id", itemId);
    }

    /** Inserts the rows in one statement, null when there are none; {@code target} is the table and its columns. */
    private static Write rows(Writes writes, String target, List<Object[]> rows) {
        return rows.isEmpty() ? null : writes.sql("INSERT INTO " + target + " VALUES :rows").param("rows", rows);
    }
}
