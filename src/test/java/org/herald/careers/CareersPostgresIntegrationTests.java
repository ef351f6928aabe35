package org.herald.careers;

import org.herald.support.HeraldOnPostgres;

/** Work with us on PostgreSQL. */
@HeraldOnPostgres
class CareersPostgresIntegrationTests extends CareersContract {
}
