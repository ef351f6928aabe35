package org.herald.i18n;

import org.herald.support.HeraldOnPostgres;

/** The six languages on PostgreSQL. */
@HeraldOnPostgres
class MultilingualPostgresIntegrationTests extends MultilingualContract {
}
