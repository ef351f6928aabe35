package org.herald.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.herald.i18n.Language;
import org.herald.i18n.Messages;
import org.herald.web.BadRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search} (the search page's parameters, plus {@code lang} for the language
 * of titles and links, English by default) and {@code GET /api/v1/search/suggest?q=} (titles as
 * one types). Errors are JSON too: {@code {"error": "..."}} with status 400 (answered by the web
 * layer's error mapping, as for every path under {@code /api/}), or 503 with {@code Retry-After}
 * while the node builds its first index (an empty answer then would read as "nothing matches").
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
    ResponseEntity<?> search(SearchParameters parameters, @RequestParam(required = false) String lang) {
        SearchResults results = searcher.search(parameters.toRequest(language(lang), properties.pageSize()));
        if (results.building()) {
            return building();
        }
        return ResponseEntity.ok().cacheControl(results.partial() ? CacheControl.noStore() : CacheControl.noCache())
                .body(results);
    }

    @GetMapping(value = "/api/v1/search/suggest", produces = "application/json")
    ResponseEntity<?> suggest(@RequestParam(required = false) String q, @RequestParam(required = false) String lang) {
        Optional<List<Suggestions.Suggestion>> found = suggestions.suggest(q, language(lang));
        if (found.isEmpty()) {
            return building();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(Map.of("suggestions", found.get()));
    }

    /** No index to search yet: a client should come back, and nothing on the way should keep this answer. */
    private ResponseEntity<Map<String, String>> building() {
        return error(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, SearchResults.RETRY_AFTER_SECONDS)
                .cacheControl(CacheControl.noStore()), "search.building");
    }

    /** The API's one error format: {@code {"error": "..."}}, in English. */
    private ResponseEntity<Map<String, String>> error(ResponseEntity.BodyBuilder status, String key, Object... args) {
        return status.contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", messages.in(Language.EN).t(key, args)));
    }

    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.EN;
        }
        return Language.fromCode(code.trim()).orElseThrow(() -> new BadRequestException("error.search.language", code));
    }
}
