package org.herald.accounts;

import org.herald.support.HeraldOnPostgres;

/** The sign-in throttles under parallel attempts, on PostgreSQL shared by every node. */
@HeraldOnPostgres
class SignInThrottlePostgresIntegrationTests extends SignInThrottleContract {
}
