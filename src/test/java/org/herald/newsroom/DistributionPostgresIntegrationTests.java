package org.herald.newsroom;

import org.herald.support.HeraldOnPostgres;

/** Distribution lists on PostgreSQL. */
@HeraldOnPostgres
class DistributionPostgresIntegrationTests extends DistributionContract {
}
