package org.herald.themes;

import java.util.Map;

import org.herald.i18n.Language;

/** A theme as stored: its code, its place, and its texts in the languages it has them in. */
record StoredTheme(long id, String code, int position, Map<Language, ThemeText> texts) {

    /** As the language shows it: its own texts, else the default language's, else any. */
    Theme in(Language language, Language fallback) {
        ThemeText named = pick(language, fallback, false);
        ThemeText described = pick(language, fallback, true);
        return new Theme(id, code, position, named == null ? code : named.name(),
                named == null ? fallback : named.language(), described == null ? "" : described.description(),
                described == null ? language : described.language());
    }

    private ThemeText pick(Language language, Language fallback, boolean described) {
        for (Language candidate : new Language[] {language, fallback}) {
            ThemeText text = texts.get(candidate);
            if (text != null && (!described || !text.description().isEmpty())) {
                return text;
            }
        }
        return texts.values().stream().filter(text -> !described || !text.description().isEmpty()).findFirst()
                .orElse(null);
    }
}
