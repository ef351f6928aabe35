package org.herald.presence;

import java.util.Map;

import org.herald.i18n.Language;

/** What the back office's region form shows; {@code code} is null for a new region. */
public record RegionForm(String code, Map<String, String> names, String office, String position,
                         boolean demonstration) {

    /** The name typed for the language, or empty. */
    public String name(Language language) {
        String name = names.get(language.code());
        return name == null ? "" : name;
    }
}
