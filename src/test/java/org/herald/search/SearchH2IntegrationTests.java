package org.herald.search;

import org.herald.support.HeraldOnH2;

/** Search on the embedded default database. */
@HeraldOnH2
class SearchH2IntegrationTests extends SearchContract {
}
