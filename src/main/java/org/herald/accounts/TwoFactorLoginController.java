package org.herald.accounts;

import java.time.Clock;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in for users with two-factor sign-in: the six-digit code from
 * their authenticator app. Five codes tried, or five minutes, and the password is asked again;
 * codes count towards the sign-in throttle like passwords, each taking its place in both counts
 * before it is checked; a code works only once.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class TwoFactorLoginController {

    private final SignIns signIns;
    private final Users users;
    private final Clock clock;

    TwoFactorLoginController(SignIns signIns, Users users, Clock clock) {
        this.signIns = signIns;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/login/totp")
    String form(@RequestParam(required = false) String wait, Model model) {
        if (pending() == null) {
            return "redirect:/login";
        }
        model.addAttribute("failed", false);
        model.addAttribute("wait", wait(wait));
        return "accounts/totp";
    }

    @PostMapping("/login/totp")
    String verify(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        PendingSignIn pending = pending();
        if (pending == null) {
            return "redirect:/login";
        }
        if (pending.expired(clock.instant())) {
            signIns.abandon(request, response);
            return "redirect:/login?expired";
        }
        SignIns.CodeSlot slot = signIns.reserveCode(pending, request, response);
        if (!slot.granted()) {
            return slot.secondsToWait() > 0 ? "redirect:/login/totp?wait=" + slot.secondsToWait()
                    : "redirect:/login?error";
        }
        String secret = users.totpSecret(pending.user().id()).orElse(null);
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.verify(secret, code, clock.instant());
        if (step.isPresent() && users.useTotpStep(pending.user().id(), step.getAsLong())) {
            request.changeSessionId();
            signIns.complete(pending.user(), request, response, "password+totp");
            return "redirect:/admin";
        }
        signIns.failedCode(pending.user(), request);
        if (!signIns.codesLeft(pending)) {
            signIns.abandon(request, response);
            return "redirect:/login?error";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("failed", true);
        model.addAttribute("wait", null);
        return "accounts/totp";
    }

    private static PendingSignIn pending() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof PendingSignIn pending ? pending : null;
    }

    static Integer wait(String raw) {
        try {
            return raw == null ? null : Integer.valueOf(raw);
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
