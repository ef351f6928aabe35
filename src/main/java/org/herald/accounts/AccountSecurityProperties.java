package org.herald.accounts;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How accounts and sign-in are protected.
 *
 * @param defaultTimeZone         the zone of a user who has not chosen one (the organization's)
 * @param passwordMinLength       the shortest password accepted
 * @param loginWindow             how long failed sign-ins keep counting: a count (of an account, an
 *                                address or a user's current-password checks) starts again once no
 *                                attempt has been counted in it for this long
 * @param freeFailuresPerAccount  failed sign-ins on one account before each further attempt on it
 *                                must wait (browsers the account signed in from before are exempt)
 * @param freeFailuresPerAddress  failed sign-ins from one address before each further attempt from
 *                                it must wait
 * @param maxAccountDelay         the longest wait between attempts on one account
 * @param maxAddressDelay         the longest wait between attempts from one address
 * @param trustedDeviceLifetime   how long a browser stays known after a successful sign-in
 * @param twoFactorIssuer         the name an authenticator app shows next to the account
 */
@ConfigurationProperties("herald.security")
public record AccountSecurityProperties(@DefaultValue("UTC") ZoneId defaultTimeZone,
                                        @DefaultValue("12") int passwordMinLength,
                                        @DefaultValue("15m") Duration loginWindow,
                                        @DefaultValue("5") int freeFailuresPerAccount,
                                        @DefaultValue("20") int freeFailuresPerAddress,
                                        @DefaultValue("60s") Duration maxAccountDelay,
                                        @DefaultValue("5m") Duration maxAddressDelay,
                                        @DefaultValue("180d") Duration trustedDeviceLifetime,
                                        @DefaultValue("Herald") String twoFactorIssuer) {
}
