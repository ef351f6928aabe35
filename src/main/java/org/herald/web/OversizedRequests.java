package org.herald.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload that says it is larger than the server accepts (413, with the reason) before
 * anything reads it. The CSRF check reads its token from the upload's body, and a body over the
 * limit cannot be read: without this, the uploader would be told the form had expired instead
 * of that the file is too large. Nothing is done with such a request, so no token is needed to
 * refuse it.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class OversizedRequests extends OncePerRequestFilter {

    private final long limit;

    OversizedRequests(MultipartProperties multipart) {
        this.limit = multipart.getMaxRequestSize() == null ? -1 : multipart.getMaxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (limit >= 0 && request.getContentLengthLong() > limit && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
