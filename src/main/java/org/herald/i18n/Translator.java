package org.herald.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Looks up message keys in one language and formats them with ICU: plural forms, numbers and
 * dates by the language's rules. A missing key fails loudly in tests
 * ({@code MessageBundleTests}); at run time it shows the key rather than breaking the page.
 */
public final class Translator {

    private final Messages messages;
    private final Language language;
    private final ULocale locale;

    Translator(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
        this.locale = ULocale.forLocale(language.locale());
    }

    public Language language() {
        return language;
    }

    /** Whether the bundles have this key: for names of things only some of which have one (themes). */
    public boolean has(String key) {
        return messages.has(key);
    }

    /** The message for this key, with {@code {0}}-style arguments filled in. */
    public String t(String key, Object... args) {
        String pattern = messages.pattern(language, key);
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
