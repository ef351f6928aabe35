package org.herald.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.HighlightItem;
import org.herald.api.ApiViews.HighlightList;
import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.highlights.Highlights;
import org.herald.highlights.ShownHighlight;
import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/highlights}: what is pinned now to the home page, or to a section page, in a
 * language and in order, as the page shows it. Pins that have ended or not yet started are not
 * there.
 */
@RestController
@Tag(name = "Highlights")
@ApiErrors
class HighlightsApi {

    private final Highlights highlights;
    private final PublishedContent content;
    private final ApiParameters parameters;

    HighlightsApi(Highlights highlights, PublishedContent content, ApiParameters parameters) {
        this.highlights = highlights;
        this.content = content;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/highlights", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The highlights pinned now to the home page, or to the section page named by its slug, in "
            + "a language and in order")
    HighlightList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String fields, HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "page", "fields");
        parameters.fields(fields, request, HighlightItem.class);
        Language language = parameters.language(lang);
        String place = page == null || page.isBlank() ? Highlights.HOME
                : Highlights.placeOf(content.find(ContentType.PAGE, language, page.trim())
                .or(() -> content.findInAnyLanguage(ContentType.PAGE, page.trim()).stream().findFirst())
                .orElseThrow(NotFoundException::new).translationGroup());
        return new HighlightList(highlights.current(place, language).stream()
                .map(pin -> item(pin, language)).toList());
    }

    private static HighlightItem item(ShownHighlight pin, Language language) {
        return new HighlightItem(pin.title(), pin.href(), pin.external(),
                (pin.language() == null ? language : pin.language()).code(), pin.summary(),
                pin.picture() == null ? null : pin.picture().src(),
                pin.picture() == null ? null : pin.picture().alt(),
                pin.picture() == null ? null : pin.picture().credit());
    }
}
