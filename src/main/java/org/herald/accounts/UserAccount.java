package org.herald.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A back-office account as the user screens show it; never its password hash or TOTP secret.
 *
 * @param timeZone   the zone the user reads and enters times in
 * @param twoFactor  whether sign-in asks for a TOTP code
 * @param lastLoginAt null when the user never signed in
 */
public record UserAccount(long id, String username, String displayName, String email, Role role, boolean enabled,
                          ZoneId timeZone, boolean twoFactor, OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {
}
