package org.herald.accounts;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers that do not depend on what is answered, on every answer, before anything
 * else runs: a request refused early (by Spring Security's firewall, or as unreadable) never
 * reaches the filter of Spring Security that writes them. The container's error page, which
 * such a refusal shows, also gets the site's Content-Security-Policy. Pages and files get theirs
 * from {@link SecurityConfiguration}, which writes the same values.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        setIfMissing(response, "X-Content-Type-Options", "nosniff");
        setIfMissing(response, "X-Frame-Options", "DENY");
        setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfMissing(response, "Permissions-Policy", PERMISSIONS_POLICY);
        setIfMissing(response, "Cross-Origin-Opener-Policy", "same-origin");
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            setIfMissing(response, "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static void setIfMissing(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
