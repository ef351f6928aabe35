package org.herald.i18n;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Which language a reader gets when the URL does not say: the language they chose before
 * (remembered in a cookie when they used the language switcher), else their browser's
 * {@code Accept-Language}, else the site's default.
 */
@Component
public class LanguageChoice {

    /** The cookie that remembers a reader's choice; it holds a language code only. */
    public static final String COOKIE = "herald_lang";

    private final SiteLanguages languages;

    LanguageChoice(SiteLanguages languages) {
        this.languages = languages;
    }

    public Language of(HttpServletRequest request) {
        return remembered(request).orElseGet(() -> languages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The enabled language the reader chose before, if any. */
    public Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> languages.fromPath(cookie.getValue()));
    }
}
