package org.herald.accounts;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in attempt brings besides its username and password: its address, and the hash
 * of its browser's {@link TrustedDevices} cookie (which the throttle needs, and which the
 * password check alone does not see).
 */
final class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String deviceHash;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceHash = TrustedDevices.tokenHash(request);
    }

    /** The SHA-256 of the browser's device cookie; null without one. */
    String deviceHash() {
        return deviceHash;
    }
}
