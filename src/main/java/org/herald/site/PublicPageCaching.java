package org.herald.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public pages carry an {@code ETag} and must be revalidated: a reader on a slow connection who
 * reloads an unchanged page gets a 304 with no body, and a published change is seen at once.
 * The back office, sign-in, embargoed previews (never cached) and assets and media files
 * (cached for a year under addresses that never change) are left alone, and so are the sitemaps,
 * which are streamed and answer conditional requests themselves.
 * <p>
 * What comes here was not served by the page cache (it is off, or the reader is signed in, or
 * the response was not kept). Its ETag is weak: it is computed over the page before Tomcat
 * compresses it, and Tomcat does not compress a response with a strong ETag, so those pages
 * went out uncompressed (an uncached "Where we work" page: 59 KB instead of 15 KB).
 */
@Component
class PublicPageCaching extends ShallowEtagHeaderFilter {

    PublicPageCaching() {
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || uri.startsWith("/admin") || uri.startsWith("/login")
                || uri.startsWith("/assets/") || uri.startsWith("/actuator") || uri.startsWith("/preview/")
                || uri.startsWith("/media/") || uri.startsWith("/sitemaps/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        super.doFilterInternal(request, response, chain);
    }
}
