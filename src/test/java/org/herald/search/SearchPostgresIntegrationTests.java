package org.herald.search;

import org.herald.support.HeraldOnPostgres;

/** Search on PostgreSQL. */
@HeraldOnPostgres
class SearchPostgresIntegrationTests extends SearchContract {
}
