package org.herald.forms;

import org.herald.support.HeraldOnPostgres;

/** Forms on PostgreSQL. */
@HeraldOnPostgres
class FormsPostgresIntegrationTests extends FormsContract {
}
