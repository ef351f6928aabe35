package org.herald.admin;

import org.herald.support.HeraldOnPostgres;

/** The back office on PostgreSQL. */
@HeraldOnPostgres
class BackOfficePostgresIntegrationTests extends BackOfficeContract {
}
