package org.herald.accounts;

import java.io.Serial;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A user who gave the right password and still owes a TOTP code. Kept in the session in place
 * of a real sign-in; it is not authenticated and grants nothing, so the back office stays
 * closed until {@link TwoFactorLoginController} exchanges it for the full sign-in.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Codes must be entered within this time after the password. */
    static final long LIFETIME_SECONDS = 300;
    /** Wrong codes allowed before the password must be given again. */
    static final int MAX_ATTEMPTS = 5;

    private final HeraldUser user;
    private final Instant passwordAt;
    private final int failedCodes;

    PendingSignIn(HeraldUser user, Instant passwordAt, int failedCodes) {
        super(List.of());
        this.user = user;
        this.passwordAt = passwordAt;
        this.failedCodes = failedCodes;
        setAuthenticated(false);
    }

    HeraldUser user() {
        return user;
    }

    int failedCodes() {
        return failedCodes;
    }

    boolean expired(Instant now) {
        return now.isAfter(passwordAt.plusSeconds(LIFETIME_SECONDS));
    }

    PendingSignIn withFailure() {
        return new PendingSignIn(user, passwordAt, failedCodes + 1);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingSignIn pending && pending.user.equals(user) && pending.passwordAt.equals(passwordAt)
                && pending.failedCodes == failedCodes;
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
