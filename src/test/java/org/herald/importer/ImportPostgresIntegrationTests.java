package org.herald.importer;

import org.herald.support.HeraldOnPostgres;

/** The import on PostgreSQL. */
@HeraldOnPostgres
class ImportPostgresIntegrationTests extends ImportContract {
}
