package org.herald.newsroom;

import org.herald.support.HeraldOnH2;

/** Embargoed previews on the embedded default database. */
@HeraldOnH2
class EmbargoH2IntegrationTests extends EmbargoContract {
}
