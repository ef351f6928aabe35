package org.herald.site;

import java.util.List;
import java.util.Optional;

import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.i18n.LanguageLink;
import org.springframework.stereotype.Component;

/**
 * Finds what a content URL shows. In the URL's language if it exists there; a renamed item's
 * old slug redirects; a slug of another language leads to the translation in the URL's language
 * when there is one, else to the original shown with a notice — never a 404 for an item that
 * exists in some language.
 */
@Component
public class ContentPages {

    private final PublishedContent content;

    ContentPages(PublishedContent content) {
        this.content = content;
    }

    /**
     * What answers a content URL.
     *
     * @param shown    the version to show, null when the answer is a redirect
     * @param redirect the path to redirect to, null when a version is shown
     * @param permanent whether the redirect is for good (a renamed item)
     * @param fallback whether {@code shown} is in another language than the URL's
     * @param links    the item in each language it exists in
     * @param original the original, when {@code shown} is a translation of it
     */
    public record Answer(PublishedView shown, String redirect, boolean permanent, boolean fallback,
                         List<LanguageLink> links, LanguageLink original) {
    }

    public Optional<Answer> find(ContentType type, Language language, String slug) {
        Optional<PublishedView> own = content.find(type, language, slug);
        if (own.isPresent()) {
            return Optional.of(shown(own.get(), false));
        }
        Optional<String> renamed = content.redirect(type, language, slug);
        if (renamed.isPresent()) {
            return Optional.of(new Answer(null, pathOf(type, language, renamed.get()), true, false, List.of(), null));
        }
        List<PublishedView> elsewhere = content.findInAnyLanguage(type, slug);
        if (elsewhere.isEmpty()) {
            return Optional.empty();
        }
        PublishedView found = elsewhere.get(0);
        Optional<PublishedSummary> translation = content.inGroup(found.translationGroup(), language);
        if (translation.isPresent()) {
            return Optional.of(new Answer(null, translation.get().path(), false, false, List.of(), null));
        }
        return Optional.of(shown(found, true));
    }

    /** The answer showing {@code view}; its language links start with the original (the x-default). */
    private Answer shown(PublishedView view, boolean fallback) {
        LanguageLink original = view.original() ? null : content.originalOf(view.translationGroup())
                .map(summary -> new LanguageLink(summary.language(), summary.path())).orElse(null);
        Language originalLanguage = view.original() ? view.language() : original == null ? null : original.language();
        List<LanguageLink> links = content.translations(view.translationGroup()).stream()
                .map(version -> new LanguageLink(version.language(), version.path()))
                .sorted(java.util.Comparator.comparing(link -> link.language() != originalLanguage))
                .toList();
        return new Answer(view, null, false, fallback, links, original);
    }

    private static String pathOf(ContentType type, Language language, String slug) {
        return org.herald.content.Paths.of(type, language, slug);
    }
}
