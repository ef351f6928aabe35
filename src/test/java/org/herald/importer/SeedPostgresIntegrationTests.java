package org.herald.importer;

import org.herald.support.HeraldOnPostgres;

/** The seed on PostgreSQL. */
@HeraldOnPostgres
class SeedPostgresIntegrationTests extends SeedContract {
}
