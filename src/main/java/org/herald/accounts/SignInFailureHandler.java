package org.herald.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a refused password: back to the form, saying that it was wrong, or how many seconds to
 * wait when the throttle turned the attempt away unchecked.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        redirects.sendRedirect(request, response, exception instanceof SignInThrottledException throttled
                ? "/login?wait=" + throttled.seconds() : "/login?error");
    }
}
