package org.herald.feeds;

import org.herald.support.HeraldOnPostgres;

/** robots.txt and the sitemaps on PostgreSQL. */
@HeraldOnPostgres
class SitemapsPostgresIntegrationTests extends SitemapsContract {
}
