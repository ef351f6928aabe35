package org.herald.feeds;

import org.herald.support.HeraldOnPostgres;

/** The embargo in feeds, sitemaps and rich previews on PostgreSQL. */
@HeraldOnPostgres
class FeedsEmbargoPostgresIntegrationTests extends FeedsEmbargoContract {
}
