package org.herald.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every visible word of Herald's interface, from the message bundles, in each of the six
 * languages. Bundles are the {@code spring.messages.basename} files ({@code messages.properties}
 * in English, {@code messages_fr.properties}...), read as UTF-8; messages are ICU message
 * patterns, so plural forms follow each language's rules ({@code {0, plural, one {…} few {…}
 * many {…} other {…}}}).
 */
@Component
public class Messages {

    private final Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);

    Messages(@Value("${spring.messages.basename:messages}") String basenames) {
        List<String> names = Arrays.stream(basenames.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        for (Language language : Language.values()) {
            Map<String, String> all = new HashMap<>();
            for (String name : names) {
                String file = language == Language.EN ? name + ".properties" : name + "_" + language.code() + ".properties";
                load(file).forEach((key, value) -> all.put((String) key, (String) value));
            }
            patterns.put(language, Map.copyOf(all));
        }
    }

    /** A translator bound to one language, as templates use it. */
    public Translator in(Language language) {
        return new Translator(this, language);
    }

    /**
     * The pattern of a key in a language; English when the language lacks it (the bundle tests
     * make sure none does), the key itself when no bundle has it.
     */
    boolean has(String key) {
        return patterns.get(Language.EN).containsKey(key);
    }

    String pattern(Language language, String key) {
        String pattern = patterns.get(language).get(key);
        if (pattern == null) {
            pattern = patterns.get(Language.EN).get(key);
        }
        return pattern == null ? key : pattern;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + file, e);
        }
        return properties;
    }
}
