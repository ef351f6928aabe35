package org.herald.feeds;

import org.herald.support.HeraldOnH2;

/** robots.txt and the sitemaps on the embedded default database. */
@HeraldOnH2
class SitemapsH2IntegrationTests extends SitemapsContract {
}
