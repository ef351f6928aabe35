package org.herald.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The languages this site is offered in, and the choice among them for a reader. */
@Component
public class SiteLanguages {

    private final List<Language> enabled;

    SiteLanguages(I18nProperties properties) {
        this.enabled = properties.languages().stream()
                .map(code -> Language.fromCode(code.trim())
                        .orElseThrow(() -> new IllegalStateException(
                                "herald.i18n.languages: '" + code + "' is not one of en, fr, es, ru, ar, zh")))
                .distinct()
                .toList();
        if (enabled.isEmpty()) {
            throw new IllegalStateException("herald.i18n.languages: at least one language is needed");
        }
    }

    public List<Language> enabled() {
        return enabled;
    }

    public Language defaultLanguage() {
        return enabled.get(0);
    }

    /** The enabled language with this URL code, if any. */
    public Optional<Language> fromPath(String code) {
        return Language.fromCode(code).filter(enabled::contains);
    }

    /**
     * The best enabled language for an {@code Accept-Language} header, by the header's own
     * weights (RFC 4647 lookup); the default language when nothing matches or the header is
     * malformed.
     */
    public Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return defaultLanguage();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<Locale> offered = enabled.stream().map(Language::locale).toList();
            Locale best = Locale.lookup(ranges, offered);
            if (best == null) {
                best = offered.stream()
                        .filter(locale -> ranges.stream().anyMatch(r -> r.getRange().startsWith(locale.getLanguage())))
                        .findFirst().orElse(null);
            }
            return best == null ? defaultLanguage() : Language.fromCode(best.getLanguage()).orElse(defaultLanguage());
        } catch (IllegalArgumentException malformed) {
            return defaultLanguage();
        }
    }
}
