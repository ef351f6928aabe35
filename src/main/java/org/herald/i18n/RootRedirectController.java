package org.herald.i18n;

import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /} sends the reader to the home page in their language; {@code /language} is where
 * the language switcher's links go: it remembers the choice and continues to the page.
 */
@Controller
class RootRedirectController {

    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);
    /** A path of this site: one slash, then URL characters only (no "//host", no backslash). */
    private static final String LOCAL_PATH = "/(?![/\\\\])[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?]*";

    private final LanguageChoice choice;
    private final SiteLanguages languages;

    RootRedirectController(LanguageChoice choice, SiteLanguages languages) {
        this.choice = choice;
        this.languages = languages;
    }

    @GetMapping("/")
    ResponseEntity<Void> root(HttpServletRequest request) {
        Language language = choice.of(request);
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create("/" + language.code() + "/"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE)
                .build();
    }

    /**
     * Remembers {@code to} as the reader's language and goes on to {@code next}, a path of this
     * site (anything else, to keep this from being an open redirect, goes to that language's
     * home page).
     */
    @GetMapping("/language")
    ResponseEntity<Void> choose(@RequestParam(required = false) String to, @RequestParam(required = false) String next) {
        Language language = languages.fromPath(to).orElse(languages.defaultLanguage());
        String target = next != null && next.matches(LOCAL_PATH) ? next : "/" + language.code() + "/";
        ResponseCookie cookie = ResponseCookie.from(LanguageChoice.COOKIE, language.code())
                .path("/").maxAge(REMEMBERED_FOR).httpOnly(true).sameSite("Lax").build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(target))
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }
}
