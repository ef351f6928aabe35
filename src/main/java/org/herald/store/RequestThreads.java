package org.herald.store;

import java.io.IOException;

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
 * Marks the threads that answer web requests, for as long as they answer one, so that their
 * statements go to the requests' pool (short waits and timeouts) and everything else to the
 * work pool. It runs before every other filter: the session and security filters already read
 * the database.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestThreads extends OncePerRequestFilter {

    private static final ThreadLocal<Boolean> ANSWERING = new ThreadLocal<>();

    /** Whether the current thread is answering a web request. */
    static boolean current() {
        return ANSWERING.get() != null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        marked(request, response, chain);
    }

    /** The container's error page for a request is drawn after the request's own filters have returned. */
    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        marked(request, response, chain);
    }

    private static void marked(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (current()) {
            chain.doFilter(request, response);
            return;
        }
        ANSWERING.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            ANSWERING.remove();
        }
    }
}
