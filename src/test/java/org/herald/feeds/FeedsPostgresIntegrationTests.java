package org.herald.feeds;

import org.herald.support.HeraldOnPostgres;

/** The feeds on PostgreSQL. */
@HeraldOnPostgres
class FeedsPostgresIntegrationTests extends FeedsContract {
}
