package org.herald.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language Herald can publish and show its interface in: the six official UN languages. */
public enum Language {
    EN("en", false),
    FR("fr", false),
    ES("es", false),
    RU("ru", false),
    AR("ar", true),
    ZH("zh", false);

    private final String code;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The ISO 639-1 code used in URLs and in the database ("en"). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The value of the HTML {@code dir} attribute for text in this language. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** This language's name written in itself ("Français"), as a language switcher shows it. */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The language with this code, ignoring case; empty for any other text. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
