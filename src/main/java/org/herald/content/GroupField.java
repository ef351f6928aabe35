package org.herald.content;

import java.util.Optional;
import java.util.UUID;

/**
 * A field that another module keeps about an item's translation group and that editors fill in
 * the article and page editor, beside the content's own fields (the goals an item is about). A
 * module adds one by providing a bean; the editor and the write path take it in without knowing
 * what it means. Its value is checked with the rest of the draft, stored in the save's
 * transaction (whose change-log entry evicts the pages that show the item), and becomes public
 * only when a version of the group is published, as the item's own fields do.
 */
public interface GroupField {

    /** Whether the editor of items of this type shows the field; every type by default. */
    default boolean appliesTo(ContentType type) {
        return true;
    }

    /** Whether the editor shows the field as several lines of text rather than one. */
    default boolean multiline() {
        return false;
    }

    /** The form parameter's name; also the field of its error. */
    String name();

    /** The message key of the field's label. */
    String labelKey();

    /** The message key of the help under the field: what to type. */
    String helpKey();

    /** The value as the editor shows it for the group's working copy; blank for a new group. */
    String value(UUID group);

    /** The message key of what is wrong with the value as typed; empty when it can be stored. */
    Optional<String> check(String value);

    /** Stores a checked value as the group's working copy, in the save's transaction. */
    void save(UUID group, String value);

    /** A version of the group is being published: the working copy becomes public, in that transaction. */
    void publish(UUID group);
}
