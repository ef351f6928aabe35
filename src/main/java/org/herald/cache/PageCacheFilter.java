package org.herald.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.changes.Dependencies;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves public responses from the {@link PageCache} and keeps what it renders there.
 *
 * <ul>
 *   <li>Only what every reader gets the same is cached: {@code GET} and {@code HEAD} of public
 *   addresses by a visitor with no session (a signed-in user, whose pages differ, always gets
 *   them rendered), answered 200 or 404 with a page, JSON or a feed, setting no cookie and not
 *   marked private. The back office, sign-in, previews, media files, assets, the actuator,
 *   the sitemaps and the data downloads (streamed, too large to hold) and the root (which answers by the reader's
 *   language) are never cached.</li>
 *   <li>A hit is served from memory, compressed as the reader accepts (Brotli, gzip or none),
 *   with its strong ETag: a conditional request that names it gets a 304 without any work.</li>
 *   <li>Every cached response says what it may be kept for ({@code Cache-Control}) and on what
 *   it depends ({@code Surrogate-Key}), for a proxy or CDN in front.</li>
 * </ul>
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class PageCacheFilter extends OncePerRequestFilter {

    private static final List<String> NEVER = List.of("/admin", "/login", "/logout", "/preview/", "/media/",
            "/assets/", "/actuator", "/error", "/favicon", "/sitemaps/", "/downloads/");
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "connection", "etag", "cache-control", "vary", "content-encoding", "surrogate-key", "expires", "pragma",
            "content-type", "content-language", "keep-alive");
    private static final int LONGEST_ADDRESS = 2000;
    /** Whether the answer came from this node's cache ("hit") or was rendered and kept ("miss"). */
    static final String OUTCOME = "X-Herald-Cache";

    private final PageCache cache;
    private final PageCacheProperties properties;
    private final String cacheControl;
    private final Clock clock;

    PageCacheFilter(PageCache cache, PageCacheProperties properties, Clock clock) {
        this.cache = cache;
        this.properties = properties;
        this.cacheControl = properties.cacheControl();
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !cacheable(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        CachedResponse hit = cache.get(key);
        if (hit != null && hit.expired(clock.instant())) {
            // What it shows changed by the clock (a highlight started or ended): render it again.
            hit = null;
        }
        if (hit != null && accepts(request.getHeader("Accept"), hit)) {
            serve(hit, request, response, "hit");
            return;
        }
        if (hit != null) {
            // The reader does not take what is cached: the application says so, as it would
            // have without a cache (a 406, or a 400 for an Accept that does not parse).
            chain.doFilter(request, response);
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long stamp = cache.stamp();
        long started = System.nanoTime();
        Set<String> keys = Dependencies.collect();
        Instant until;
        Rendering rendering = new Rendering(response);
        try {
            chain.doFilter(new Unconditional(request), rendering);
        } finally {
            until = Dependencies.validUntil();
            Dependencies.stop();
        }
        CachedResponse rendered = until != null && !clock.instant().isBefore(until) ? null
                : keep(rendering, keys, until, System.nanoTime() - started);
        if (rendered == null) {
            rendering.copyBodyToResponse();
            return;
        }
        cache.put(key, rendered, stamp);
        serve(rendered, request, response, "miss");
    }

    /** The response as the cache keeps it, or null when it must not be kept. */
    private CachedResponse keep(Rendering rendering, Set<String> keys, Instant until, long nanos) {
        int status = rendering.getStatus();
        String type = rendering.getContentType();
        byte[] body = rendering.getContentAsByteArray();
        if ((status != 200 && status != 404) || type == null || !cacheableType(type) || keys.isEmpty()
                || rendering.containsHeader("Set-Cookie") || privateOrUnstored(rendering.getHeader("Cache-Control"))
                || body.length > properties.maxEntry().toBytes() || nanos > PageCache.LONGEST_RENDER.toNanos()) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rendering.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(rendering.getHeaders(name)));
            }
        }
        headers.put("Content-Type", List.of(type));
        if (rendering.language != null) {
            headers.put("Content-Language", List.of(rendering.language));
        }
        String etag = "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        return new CachedResponse(status, Map.copyOf(headers), body, Compression.gzip(body), Compression.brotli(body),
                etag, Set.copyOf(keys), until);
    }

    private void serve(CachedResponse cached, HttpServletRequest request, HttpServletResponse response,
                       String outcome) throws IOException {
        String encoding = encoding(request.getHeader("Accept-Encoding"), cached);
        response.reset();
        cached.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader("ETag", cached.etag(encoding));
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Cache-Control", cached.expires() == null ? cacheControl : until(cached.expires()));
        response.setHeader("Surrogate-Key", String.join(" ", cached.keys()));
        response.setHeader(OUTCOME, outcome);
        if (cached.status() == 200 && notModified(cached, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(cached.status());
        byte[] body = encoding == null ? cached.identity() : encoding.equals("br") ? cached.brotli() : cached.gzip();
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * The {@code Cache-Control} of a response that goes stale at {@code expires}: a browser or a
     * CDN in front keeps it no longer either, since no purge will come when the instant passes.
     */
    private String until(Instant expires) {
        long seconds = Math.max(0, java.time.Duration.between(clock.instant(), expires).toSeconds());
        return "public, max-age=" + Math.min(seconds, properties.browserMaxAge().toSeconds()) + ", s-maxage="
                + Math.min(seconds, properties.sharedMaxAge().toSeconds());
    }

    /**
     * Whether the reader's copy is current: its {@code If-None-Match} names this body, or, when it
     * sends none, its {@code If-Modified-Since} is not before the response's {@code Last-Modified}
     * (feeds set one; a reader that only remembers dates gets its 304 too).
     */
    private static boolean notModified(CachedResponse cached, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return cached.matches(ifNoneMatch);
        }
        List<String> lastModified = cached.headers().get("Last-Modified");
        if (lastModified == null || lastModified.isEmpty()) {
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            long modified = java.time.ZonedDateTime.parse(lastModified.get(0),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            return since >= 0 && modified <= since;
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException malformed) {
            return false;
        }
    }

    /** Brotli when the reader takes it and it was made, else gzip when taken, else none. */
    static String encoding(String acceptEncoding, CachedResponse cached) {
        if (acceptEncoding == null) {
            return null;
        }
        boolean brotli = false;
        boolean gzip = false;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            boolean refused = pieces.length > 1 && pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            brotli |= pieces[0].equals("br") && !refused;
            gzip |= pieces[0].equals("gzip") && !refused;
        }
        return brotli && cached.brotli() != null ? "br" : gzip ? "gzip" : null;
    }

    /**
     * Whether a reader with this {@code Accept} takes the cached response's type: the most
     * specific of its media ranges that covers the type decides (a wildcard with JSON at
     * {@code q=0} refuses JSON). No header takes anything; one that does not parse is left to the
     * application to refuse.
     */
    static boolean accepts(String accept, CachedResponse cached) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<String> types = cached.headers().get("Content-Type");
        if (types == null || types.isEmpty()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(types.get(0));
            MediaType decides = null;
            for (MediaType range : MediaType.parseMediaTypes(accept)) {
                if (range.includes(type) && (decides == null || specificity(range) > specificity(decides))) {
                    decides = range;
                }
            }
            return decides != null && decides.getQualityValue() > 0;
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }

    private static int specificity(MediaType range) {
        return (range.isWildcardType() ? 0 : 2) + (range.isWildcardSubtype() ? 0 : 1);
    }

    private static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getHeader("Authorization") != null
                || request.getRequestURI().length() > LONGEST_ADDRESS || hasSession(request)) {
            return false;
        }
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !path.equals("/") && NEVER.stream().noneMatch(path::startsWith);
    }

    private static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if ("SESSION".equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean cacheableType(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("text/html") || lower.startsWith("application/json") || lower.startsWith("text/xml")
                || lower.startsWith("application/xml") || lower.startsWith("application/rss+xml")
                || lower.startsWith("application/atom+xml") || lower.startsWith("application/feed+json")
                || lower.startsWith("text/plain") || lower.startsWith("application/manifest+json")
                || lower.startsWith("image/svg+xml") || lower.startsWith("image/png");
    }

    private static boolean privateOrUnstored(String cacheControl) {
        return cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"));
    }

    /** The response being rendered, its body held back, the language it was given remembered. */
    private static final class Rendering extends ContentCachingResponseWrapper {

        private String language;

        Rendering(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            language = locale == null ? null : locale.toLanguageTag();
        }
    }

    /**
     * The request without its conditions: the page is rendered whole, so that it can be kept;
     * the cache answers the condition itself.
     */
    private static final class Unconditional extends HttpServletRequestWrapper {

        private static final Set<String> CONDITIONS = Set.of("if-none-match", "if-modified-since", "if-match",
                "if-unmodified-since", "if-range", "range");

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return CONDITIONS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONDITIONS.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return CONDITIONS.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            names.removeIf(name -> CONDITIONS.contains(name.toLowerCase(Locale.ROOT)));
            return Collections.enumeration(names);
        }
    }
}
