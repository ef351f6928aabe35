package org.herald.themes;

import org.herald.i18n.Language;

/**
 * A theme as one language shows it: its name and description in that language, or, where the
 * language has none yet, in the site's default language (then {@code nameLanguage} says which).
 *
 * @param code            what items are tagged with ("labour-migration")
 * @param position        its place in the section's list, from 1
 * @param name            its name
 * @param nameLanguage    the language its name is written in
 * @param description     what the organization does on it; "" when nobody has described it yet
 * @param descriptionLanguage the language the description is written in
 */
public record Theme(long id, String code, int position, String name, Language nameLanguage, String description,
                    Language descriptionLanguage) {

    /** Where the What We Do section and the themes' pages live, under each language. */
    public static final String SECTION = "/what-we-do";

    /** The theme's page on the site, in the language. */
    public String path(Language language) {
        return "/" + language.code() + SECTION + "/" + code;
    }
}
