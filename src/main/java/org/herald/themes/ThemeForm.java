package org.herald.themes;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.herald.i18n.Language;

/**
 * What the theme form sends: a code (when creating), and a name and a description per language
 * ({@code name-fr}, {@code description-fr}), as typed, trimmed.
 */
public record ThemeForm(String code, Map<Language, String> names, Map<Language, String> descriptions) {

    static final int LONGEST_NAME = 200;
    static final int LONGEST_DESCRIPTION = 4000;

    static ThemeForm of(Map<String, String> parameters) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        Map<Language, String> descriptions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, trimmed(parameters.get("name-" + language.code())));
            descriptions.put(language, trimmed(parameters.get("description-" + language.code())));
        }
        return new ThemeForm(trimmed(parameters.get("code")), names, descriptions);
    }

    /** A form showing a stored theme's texts. */
    static ThemeForm of(StoredTheme theme) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        Map<Language, String> descriptions = new EnumMap<>(Language.class);
        theme.texts().forEach((language, text) -> {
            names.put(language, text.name());
            descriptions.put(language, text.description());
        });
        return new ThemeForm(theme.code(), names, descriptions);
    }

    /** An empty form. */
    static ThemeForm blank() {
        return new ThemeForm("", Map.of(), Map.of());
    }

    public String name(Language language) {
        return names.getOrDefault(language, "");
    }

    public String description(Language language) {
        return descriptions.getOrDefault(language, "");
    }

    /**
     * What is wrong with the texts, field by field: a name is needed in the default language and
     * in every language that has a description; none may be too long.
     */
    Map<String, String> textErrors(Language defaultLanguage) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            String name = name(language);
            if (name.length() > LONGEST_NAME) {
                errors.put("name-" + language.code(), "error.theme.name-long");
            } else if (name.isEmpty() && (language == defaultLanguage || !description(language).isEmpty())) {
                errors.put("name-" + language.code(), "error.theme.name-required");
            }
            if (description(language).length() > LONGEST_DESCRIPTION) {
                errors.put("description-" + language.code(), "error.theme.description-long");
            }
        }
        return errors;
    }

    /** A name as compared for sameness: two themes may not share one in a language. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
