package org.herald.admin;

import org.herald.support.HeraldOnPostgres;

/** The authorization matrix on PostgreSQL. */
@HeraldOnPostgres
class AuthorizationMatrixPostgresIntegrationTests extends AuthorizationMatrixContract {
}
