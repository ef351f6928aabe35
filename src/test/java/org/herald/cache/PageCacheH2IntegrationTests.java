package org.herald.cache;

import org.herald.support.HeraldOnH2;

/** The page cache on the embedded default database. */
@HeraldOnH2
class PageCacheH2IntegrationTests extends PageCacheContract {
}
