package org.herald.content.backoffice;

import org.herald.support.HeraldOnPostgres;

/** Several editors on one item, on PostgreSQL. */
@HeraldOnPostgres
class EditingPostgresIntegrationTests extends EditingContract {
}
