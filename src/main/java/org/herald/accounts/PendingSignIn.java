package org.herald.accounts;

import java.io.Serial;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A user who gave the right password and still owes a TOTP code. Kept in the session in place
 * of a real sign-in; it is not authenticated and grants nothing, so the back office stays
 * closed until {@link TwoFactorLoginController} exchanges it for the full sign-in. The codes
 * tried are counted in the database under its id, not in the session: requests sent together
 * in one session would each read the same count.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Codes must be entered within this time after the password. */
    static final long LIFETIME_SECONDS = 300;
    /** Codes that may be tried before the password must be given again. */
    static final int MAX_ATTEMPTS = 5;

    private final HeraldUser user;
    private final Instant passwordAt;
    /** The {@link LoginThrottle#openCodes() count of codes} of this sign-in; null in a session of an older release. */
    private final String codesId;

    PendingSignIn(HeraldUser user, Instant passwordAt, String codesId) {
        super(List.of());
        this.user = user;
        this.passwordAt = passwordAt;
        this.codesId = codesId;
        setAuthenticated(false);
    }

    HeraldUser user() {
        return user;
    }

    String codesId() {
        return codesId;
    }

    /** Too late for a code, or begun before its codes were counted in the database: the password again. */
    boolean expired(Instant now) {
        return codesId == null || now.isAfter(passwordAt.plusSeconds(LIFETIME_SECONDS));
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
                && Objects.equals(pending.codesId, codesId);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
