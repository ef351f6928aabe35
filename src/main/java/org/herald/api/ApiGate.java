package org.herald.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.herald.i18n.Language;
import org.herald.i18n.Messages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every request to the JSON API ({@code /api/v1/...}) passes before the page cache, so that
 * a response served from memory is counted and labelled like a rendered one:
 * <ul>
 *   <li>CORS: any site may read the API from a browser ({@code Access-Control-Allow-Origin: *},
 *   the same for every origin, so a cached answer never needs a {@code Vary: Origin}); a
 *   preflight is answered here for GET and HEAD only. Written here rather than with Spring's
 *   CORS support, which answers only requests that carry an {@code Origin}, and would make the
 *   cached answer depend on the first requester.</li>
 *   <li>{@code Accept}: a client that accepts no JSON gets a 406 (the page cache, keyed by
 *   address, would otherwise hand it the JSON it keeps).</li>
 *   <li>Fair use: a key in {@code X-API-Key} is checked (401 when unknown or revoked) and uses
 *   its own limit; without one the address is limited. Each answer says where the client stands
 *   ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}); past the limit it gets a 429
 *   with {@code Retry-After}.</li>
 * </ul>
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ApiGate extends OncePerRequestFilter {

    /** The header a client names its key in (a header, not a parameter: it stays out of logs and cache keys). */
    static final String KEY_HEADER = "X-API-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXPOSED = "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, "
            + "RateLimit-Policy";

    private final ApiKeys keys;
    private final RateLimits limits;
    private final ApiProperties properties;
    private final Messages messages;

    ApiGate(ApiKeys keys, RateLimits limits, ApiProperties properties, Messages messages) {
        this.keys = keys;
        this.limits = limits;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Labelled labelled = new Labelled(response);
        labelled.keep("Access-Control-Allow-Origin", "*");
        labelled.keep("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(request.getMethod())) {
            preflight(request, labelled);
            return;
        }
        if (!acceptsJson(request, labelled)) {
            return;
        }
        String key = request.getHeader(KEY_HEADER);
        String client;
        int perMinute;
        if (key != null) {
            Optional<ApiKeys.Grant> grant = keys.check(key.trim());
            if (grant.isEmpty()) {
                refuse(labelled, HttpServletResponse.SC_UNAUTHORIZED, "error.api.key");
                return;
            }
            client = "key:" + grant.get().id();
            perMinute = grant.get().perMinute();
        } else {
            client = "address:" + request.getRemoteAddr();
            perMinute = properties.anonymousPerMinute();
        }
        RateLimits.Outcome outcome = limits.take(client, perMinute);
        labelled.keep("RateLimit-Policy", outcome.limit() + ";w=60");
        labelled.keep("RateLimit-Limit", Long.toString(outcome.limit()));
        labelled.keep("RateLimit-Remaining", Long.toString(outcome.remaining()));
        labelled.keep("RateLimit-Reset", Long.toString(outcome.allowed() ? outcome.secondsToFull()
                : outcome.secondsToWait()));
        if (!outcome.allowed()) {
            labelled.keep(HttpHeaders.RETRY_AFTER, Long.toString(outcome.secondsToWait()));
            refuse(labelled, 429, "error.api.too-many", outcome.limit());
            return;
        }
        chain.doFilter(request, labelled);
    }

    private static void preflight(HttpServletRequest request, Labelled response) {
        response.keep("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.keep("Access-Control-Allow-Headers", KEY_HEADER + ", If-None-Match, Accept, Accept-Language");
        response.keep("Access-Control-Max-Age", "86400");
        response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Whether the client takes JSON; if not, it has its 406 (or 400 for an Accept that does not parse). */
    private boolean acceptsJson(HttpServletRequest request, Labelled response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "error.api.accept");
            return false;
        }
        if (types.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                && type.getQualityValue() > 0)) {
            return true;
        }
        refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "error.406.message");
        return false;
    }

    private void refuse(HttpServletResponse response, int status, String key, Object... args) throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("error", messages.in(Language.EN).t(key, args))));
    }

    /**
     * The response with the gate's headers, which stay when the page cache resets it to serve a
     * kept answer, and which the page cache does not see (so never keeps with the answer: the
     * next client's count is its own).
     */
    private static final class Labelled extends HttpServletResponseWrapper {

        private final Map<String, String> own = new LinkedHashMap<>();

        Labelled(HttpServletResponse response) {
            super(response);
        }

        void keep(String name, String value) {
            own.put(name.toLowerCase(Locale.ROOT), value);
            super.setHeader(name, value);
        }

        @Override
        public void reset() {
            super.reset();
            own.forEach(super::setHeader);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return super.getHeaderNames().stream().filter(name -> !own.containsKey(name.toLowerCase(Locale.ROOT)))
                    .toList();
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return own.containsKey(name.toLowerCase(Locale.ROOT)) ? Collections.emptyList() : super.getHeaders(name);
        }
    }
}
