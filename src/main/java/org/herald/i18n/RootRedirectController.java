package org.herald.i18n;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** {@code /} sends the reader to the home page in the language their browser asks for. */
@Controller
class RootRedirectController {

    private final SiteLanguages languages;

    RootRedirectController(SiteLanguages languages) {
        this.languages = languages;
    }

    @GetMapping("/")
    ResponseEntity<Void> root(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        Language language = languages.negotiate(accept);
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create("/" + language.code() + "/"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
