package org.herald.accounts;

import org.herald.support.HeraldOnPostgres;

/** The back office's defences on PostgreSQL. */
@HeraldOnPostgres
class SecurityPostgresIntegrationTests extends SecurityContract {
}
