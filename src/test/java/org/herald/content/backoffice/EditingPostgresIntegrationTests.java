package org.herald.admin;

import org.herald.support.HeraldOnPostgres;

/** Several editors on one item, on PostgreSQL. */
@HeraldOnPostgres
class EditingPostgresIntegrationTests extends EditingContract {
}
