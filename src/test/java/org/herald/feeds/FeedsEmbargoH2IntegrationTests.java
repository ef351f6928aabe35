package org.herald.feeds;

import org.herald.support.HeraldOnH2;

/** The embargo in feeds, sitemaps and rich previews on the embedded default database. */
@HeraldOnH2
class FeedsEmbargoH2IntegrationTests extends FeedsEmbargoContract {
}
