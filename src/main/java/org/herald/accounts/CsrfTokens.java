package org.herald.accounts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Where a request's CSRF token is read from: its {@code X-CSRF-TOKEN} header or its form body,
 * never its address. A token in a query string ends up in logs, browser histories and
 * {@code Referer} headers, where others can read it; a request that carries one there is refused
 * (403) even if the token is right. A token that is malformed or tampered with is a 403 as well,
 * never an error.
 */
final class CsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        tokens.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (inQueryString(request.getQueryString(), token.getParameterName())) {
            return null;
        }
        try {
            return tokens.resolveCsrfTokenValue(request, token);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    static boolean inQueryString(String query, String name) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)[0]).anyMatch(key -> {
            try {
                return name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException undecodable) {
                return false;
            }
        });
    }
}
