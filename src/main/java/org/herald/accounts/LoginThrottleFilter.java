package org.herald.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a password or code attempt that comes before its throttle wait is over, without
 * checking it: the user is sent back to the form with the number of seconds to wait.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final TrustedDevices devices;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, TrustedDevices devices, AuditLog audit) {
        this.throttle = throttle;
        this.devices = devices;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !("/login".equals(path) || "/login/totp".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean code = "/login/totp".equals(request.getRequestURI());
        String username = code ? pendingUsername() : request.getParameter("username");
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        long wait = throttle.secondsToWait(username, address, devices.knows(request, username));
        if (wait > 0) {
            audit.record(new Actor(null, LoginThrottle.key(username), null, address), "login-throttled", "user", null,
                    wait + " s");
            response.sendRedirect((code ? "/login/totp" : "/login") + "?wait=" + wait);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String pendingUsername() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof PendingSignIn pending ? pending.user().username() : null;
    }
}
