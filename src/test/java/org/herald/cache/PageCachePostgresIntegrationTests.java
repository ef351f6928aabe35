package org.herald.cache;

import org.herald.support.HeraldOnPostgres;

/** The page cache on PostgreSQL. */
@HeraldOnPostgres
class PageCachePostgresIntegrationTests extends PageCacheContract {
}
