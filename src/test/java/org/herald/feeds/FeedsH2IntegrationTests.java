package org.herald.feeds;

import org.herald.support.HeraldOnH2;

/** The feeds on the embedded default database. */
@HeraldOnH2
class FeedsH2IntegrationTests extends FeedsContract {
}
