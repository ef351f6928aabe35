package org.herald.people;

import org.herald.support.HeraldOnPostgres;

/** Offices' details on PostgreSQL. */
@HeraldOnPostgres
class OfficesPostgresIntegrationTests extends OfficesContract {
}
