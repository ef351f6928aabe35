package org.herald.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The steps of a sign-in that Spring Security does not know about: the TOTP step in between,
 * and what a complete sign-in records (audit entry, last login, throttle reset, known browser).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SignIns {

    private final Users users;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final TrustedDevices devices;
    private final SecurityContextRepository contexts;
    private final Clock clock;

    SignIns(Users users, AuditLog audit, LoginThrottle throttle, TrustedDevices devices,
            SecurityContextRepository contexts, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
        this.devices = devices;
        this.contexts = contexts;
        this.clock = clock;
    }

    boolean needsSecondFactor(HeraldUser user) {
        return users.totpSecret(user.id()).isPresent();
    }

    /**
     * The password was right and a code is owed: the password no longer counts as a failure, and
     * the sign-in in the session is replaced by one that waits for a code.
     */
    void awaitSecondFactor(HeraldUser user, HttpServletRequest request, HttpServletResponse response) {
        throttle.passwordRight(user.username(), request.getRemoteAddr());
        store(new PendingSignIn(user, clock.instant(), throttle.openCodes()), request, response);
    }

    /**
     * Takes a code's place before it is checked, in the pending sign-in's own count (which, once
     * used up, ends the sign-in) and in the account's and address's throttle.
     */
    CodeSlot reserveCode(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        if (!throttle.reserveCode(pending.codesId())) {
            abandon(request, response);
            return new CodeSlot(false, 0);
        }
        String username = pending.user().username();
        long wait = throttle.reserve(username, request.getRemoteAddr(), devices.knows(request, username));
        return new CodeSlot(wait == 0, wait);
    }

    /**
     * Whether a code may be checked; if not, the seconds to wait before the next, or (0) the
     * sign-in is over.
     */
    record CodeSlot(boolean granted, long secondsToWait) {
    }

    /** Whether the pending sign-in may try another code after a wrong one. */
    boolean codesLeft(PendingSignIn pending) {
        return throttle.codesLeft(pending.codesId());
    }

    /** The password (and code, if the user has two factors) were right: the user is signed in. */
    void complete(HeraldUser user, HttpServletRequest request, HttpServletResponse response, String how) {
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        store(full, request, response);
        users.recordLogin(user.id(), OffsetDateTime.now(clock));
        throttle.succeeded(user.username(), request.getRemoteAddr());
        devices.remember(request, response, user.id());
        audit.record(new Actor(user.id(), user.username(), user.role(), request.getRemoteAddr()), "login", "user",
                user.id(), how);
    }

    /** A wrong second factor (counted like a wrong password when its place was taken). */
    void failedCode(HeraldUser user, HttpServletRequest request) {
        audit.record(new Actor(user.id(), user.username(), user.role(), request.getRemoteAddr()), "login-failed",
                "user", user.id(), "totp");
    }

    void abandon(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
