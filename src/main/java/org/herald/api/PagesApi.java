package org.herald.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.Page;
import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pages/{lang}/{slug}}: a page of the site (a section page, "Who we are"...). */
@RestController
@Tag(name = "Pages")
@ApiErrors
class PagesApi {

    private final PublishedContent content;
    private final ApiParameters parameters;

    PagesApi(PublishedContent content, ApiParameters parameters) {
        this.content = content;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/pages/{lang}/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One published page, with its text, child pages and translations")
    Page page(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) String fields,
              HttpServletRequest request) {
        parameters.allowOnly(request, "fields");
        parameters.fields(fields, request, Page.class);
        Language language = parameters.language(lang);
        PublishedView page = content.find(ContentType.PAGE, language, slug).orElseThrow(NotFoundException::new);
        return new Page(page.itemId(), page.language().code(), page.slug(), page.title(), page.summary(),
                page.bodyHtml(), page.layout().name(), page.firstPublishedAt(), page.lastPublishedAt(),
                Translations.of(content.children(language, page.translationGroup())),
                Translations.of(content.translations(page.translationGroup())), page.path());
    }
}
