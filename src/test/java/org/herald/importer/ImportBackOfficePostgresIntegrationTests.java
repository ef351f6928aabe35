package org.herald.importer;

import org.herald.support.HeraldOnPostgres;

/** The back-office import on PostgreSQL. */
@HeraldOnPostgres
class ImportBackOfficePostgresIntegrationTests extends ImportBackOfficeContract {
}
