package org.herald.careers;

import org.herald.support.HeraldOnH2;

/** Work with us on the embedded default database. */
@HeraldOnH2
class CareersH2IntegrationTests extends CareersContract {
}
