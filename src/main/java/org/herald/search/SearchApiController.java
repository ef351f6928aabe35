package org.herald.search;

import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;
import org.herald.i18n.Messages;
import org.herald.site.BadRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search} (the search page's parameters, plus {@code lang} for the language
 * of titles and links, English by default) and {@code GET /api/v1/search/suggest?q=} (titles as
 * one types). Errors are JSON too: {@code {"error": "..."}} with status 400.
 */
@RestController
class SearchApiController {

    private final Searcher searcher;
    private final Suggestions suggestions;
    private final Messages messages;
    private final SearchProperties properties;

    SearchApiController(Searcher searcher, Suggestions suggestions, Messages messages, SearchProperties properties) {
        this.searcher = searcher;
        this.suggestions = suggestions;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping(value = "/api/v1/search", produces = "application/json")
    ResponseEntity<SearchResults> search(SearchParameters parameters, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(searcher.search(parameters.toRequest(language(lang), properties.pageSize())));
    }

    @GetMapping(value = "/api/v1/search/suggest", produces = "application/json")
    ResponseEntity<Map<String, List<Suggestions.Suggestion>>> suggest(@RequestParam(required = false) String q,
                                                                      @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(Map.of("suggestions", suggestions.suggest(q, language(lang))));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("error", messages.in(Language.EN).t(e.messageKey(), e.args())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
        return badRequest(new BadRequestException("error.parameter.missing", e.getParameterName()));
    }

    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.EN;
        }
        return Language.fromCode(code.trim()).orElseThrow(() -> new BadRequestException("error.search.language", code));
    }
}
