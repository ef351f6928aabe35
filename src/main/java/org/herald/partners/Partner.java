package org.herald.partners;

import java.util.List;

import org.herald.i18n.Language;

/**
 * A partner organization.
 *
 * @param code        what items that mention it are tagged with, and its page's address ("cis")
 * @param acronym     how it is written short ("CIS")
 * @param type        what kind of organization it is; null while no editor has said
 * @param countryCode the country it is based in, or null
 * @param regionCode  the region (of Where we work) it belongs to, or null
 * @param names       its names in the languages, then its aliases, in order
 * @param members     the states that take part in it, by code
 */
public record Partner(long id, String code, String acronym, PartnerType type, String countryCode, String regionCode,
                      List<PartnerName> names, List<String> members) {

    /** Where the partners' pages live, under each language. */
    public static final String SECTION = "/partners";

    /** Its name in the language, else in the first language that names it, else its acronym. */
    public String name(Language language) {
        PartnerName shown = shown(language);
        return shown == null ? acronym : shown.name();
    }

    /** The language of the name shown in the language; null when it is the acronym or an alias. */
    public Language nameLanguage(Language language) {
        PartnerName shown = shown(language);
        return shown == null ? null : shown.language();
    }

    /** The names it has in no particular language (acronyms, spellings imports meet). */
    public List<PartnerName> aliases() {
        return names.stream().filter(name -> name.language() == null).toList();
    }

    /** Its names in the language, the shown one first. */
    public List<PartnerName> namesIn(Language language) {
        return names.stream().filter(name -> name.language() == language).toList();
    }

    /** Its names other than the one shown in the language ("also known as"). */
    public List<PartnerName> otherNames(Language language) {
        String shown = name(language);
        return names.stream().filter(name -> !name.name().equals(shown)).toList();
    }

    /** Whether its acronym says something its name in the language does not. */
    public boolean acronymDiffers(Language language) {
        return !acronym.equals(name(language));
    }

    public String path(Language language) {
        return "/" + language.code() + SECTION + "/" + code;
    }

    private PartnerName shown(Language language) {
        PartnerName fallback = null;
        for (PartnerName name : names) {
            if (name.language() == language) {
                return name;
            }
            if (fallback == null && name.language() != null) {
                fallback = name;
            }
        }
        return fallback;
    }
}
