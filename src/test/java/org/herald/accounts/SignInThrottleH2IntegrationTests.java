package org.herald.accounts;

import org.herald.support.HeraldOnH2;

/** The sign-in throttles under parallel attempts, on the embedded default database. */
@HeraldOnH2
class SignInThrottleH2IntegrationTests extends SignInThrottleContract {
}
