package org.herald.web;

import java.util.List;

/**
 * A module's part of the back office's frame: its links in the navigation and what waits for
 * the reader on the dashboard. Each module with back-office screens provides one bean; adding a
 * feature adds a section, never an edit to the frame.
 */
public interface BackOfficeSection {

    /** The links this module adds to the navigation, those the reader may follow. */
    List<BackOfficeLink> navigation(BackOfficeReader reader);

    /** What waits for the reader in this module, for the dashboard; nothing by default. */
    default List<Waiting> waiting(BackOfficeReader reader) {
        return List.of();
    }

    /**
     * What this module has to say about one content item, shown in the item's editor ("2 figures
     * found in the text to review"), each line leading to the module's own screen; nothing by default.
     */
    default List<Waiting> aboutItem(BackOfficeReader reader, long itemId) {
        return List.of();
    }
}
