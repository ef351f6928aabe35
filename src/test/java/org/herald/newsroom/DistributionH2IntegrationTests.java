package org.herald.newsroom;

import org.herald.support.HeraldOnH2;

/** Distribution lists on the embedded default database. */
@HeraldOnH2
class DistributionH2IntegrationTests extends DistributionContract {
}
