package org.herald.accounts;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt that came before its throttle wait was over: refused without being checked. */
final class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long seconds;

    SignInThrottledException(long seconds) {
        super("sign-in throttled for " + seconds + " s");
        this.seconds = seconds;
    }

    /** How long the user must still wait. */
    long seconds() {
        return seconds;
    }
}
