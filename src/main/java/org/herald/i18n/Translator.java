package org.herald.i18n;

import org.springframework.context.MessageSource;

/**
 * Looks up message keys in one language. A missing key fails loudly in tests (see
 * {@code MessageBundleTests}); at run time it shows the key rather than breaking the page.
 */
public final class Translator {

    private final MessageSource source;
    private final Language language;

    Translator(MessageSource source, Language language) {
        this.source = source;
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** The message for this key, with {@code {0}}-style arguments filled in. */
    public String t(String key, Object... args) {
        return source.getMessage(key, args, key, language.locale());
    }
}
