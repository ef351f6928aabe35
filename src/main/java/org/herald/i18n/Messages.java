package org.herald.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every visible word of Herald's interface, from the message bundles, in one language. */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /** A translator bound to one language, as templates use it. */
    public Translator in(Language language) {
        return new Translator(source, language);
    }
}
