package org.herald.site;

import java.util.Map;
import java.util.UUID;

/**
 * A menu entry as the back office edits it.
 *
 * @param pageGroup translation group of the section page it leads to
 * @param labels    its label in each language that has one (language code to label)
 */
public record MenuEntry(long id, int position, UUID pageGroup, Map<String, String> labels) {

    /** The label in this language, else in English, else in any language that has one. */
    public String label(String language) {
        String label = labels.get(language);
        if (label == null) {
            label = labels.get("en");
        }
        return label != null ? label : labels.values().stream().findFirst().orElse("");
    }
}
