package org.herald.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a right password: a user with two-factor sign-in is sent to the code page (and is not
 * signed in yet); anyone else is signed in and sent where they were going, or to the back office.
 */
final class PasswordStepHandler implements AuthenticationSuccessHandler {

    private final SignIns signIns;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    PasswordStepHandler(SignIns signIns) {
        this.signIns = signIns;
        onward.setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        HeraldUser user = (HeraldUser) authentication.getPrincipal();
        if (signIns.needsSecondFactor(user)) {
            signIns.awaitSecondFactor(user, request, response);
            response.sendRedirect("/login/totp");
            return;
        }
        signIns.complete(user, request, response, "password");
        onward.onAuthenticationSuccess(request, response, authentication);
    }
}
