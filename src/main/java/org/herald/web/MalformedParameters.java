package org.herald.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's query and form parameters before anything else does, and answers 400 when
 * they cannot be read: broken %-encoding ({@code %zz}, a lone {@code %}) or bytes that are not
 * UTF-8. The container throws on such parameters wherever they are first asked for, often in a
 * filter (the session's, the CSRF check's), which would make every one of them a 500 with a
 * stack trace in the log. Multipart bodies are left to the multipart resolver, whose failures
 * are a 400 too ({@link ErrorPages}).
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException unreadable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
