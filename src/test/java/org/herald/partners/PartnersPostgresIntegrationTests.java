package org.herald.partners;

import org.herald.support.HeraldOnPostgres;

/** Partnerships on PostgreSQL. */
@HeraldOnPostgres
class PartnersPostgresIntegrationTests extends PartnersContract {
}
