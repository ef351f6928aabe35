package org.herald.accounts;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a sign-in's password, and only once {@link LoginThrottle} has given the attempt its
 * place in the counts: the throttle is part of the check itself, so no spelling of the sign-in
 * URL, and no number of attempts sent at once, reaches a password without it. Every check that
 * fails is written to the audit log; a refused attempt is logged as throttled, unchecked.
 */
@Component
class ThrottledPasswordCheck implements AuthenticationManager {

    private final LoginThrottle throttle;
    private final TrustedDevices devices;
    private final AuditLog audit;
    /** Spring Security's own check (hashes, disabled accounts, a hash computed even for unknown names). */
    private final AuthenticationManager passwords;

    ThrottledPasswordCheck(LoginThrottle throttle, TrustedDevices devices, AuditLog audit, Users users,
                           PasswordEncoder encoder) {
        this.throttle = throttle;
        this.devices = devices;
        this.audit = audit;
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        this.passwords = new ProviderManager(provider);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        boolean knownBrowser = attempt.getDetails() instanceof SignInDetails details
                && devices.knows(details.deviceHash(), username);
        long wait = throttle.reserve(username, address, knownBrowser);
        if (wait > 0) {
            throw new SignInThrottledException(wait);
        }
        try {
            return passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            String typed = username.length() > 100 ? username.substring(0, 100) : username;
            audit.record(new Actor(null, typed, null, address), "login-failed", "user", null,
                    refused.getClass().getSimpleName());
            throw refused;
        }
    }
}
