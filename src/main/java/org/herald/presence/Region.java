package org.herald.presence;

import java.util.Map;

import org.herald.i18n.Language;

/**
 * One of the organization's regions.
 *
 * @param code          its address: "eastern-europe-central-asia"
 * @param names         its name by language code; English is always there
 * @param officeId      its regional office in the directory, null when none is set
 * @param position      its place in lists
 * @param demonstration written by the Herald team for the demo, not by the organization
 */
public record Region(String code, Map<String, String> names, Long officeId, int position, boolean demonstration) {

    /** Its name in the language, else in English. */
    public String name(Language language) {
        return names.getOrDefault(language.code(), names.get(Language.EN.code()));
    }

    /** Whether the name shown in this language is its own, not the English fallback. */
    public boolean namedIn(Language language) {
        return names.containsKey(language.code());
    }

    /** The region's public page in the language. */
    public String path(Language language) {
        return "/" + language.code() + "/regions/" + code;
    }
}
