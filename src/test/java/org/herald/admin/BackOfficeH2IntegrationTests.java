package org.herald.admin;

import org.herald.support.HeraldOnH2;

/** The back office on the embedded default database. */
@HeraldOnH2
class BackOfficeH2IntegrationTests extends BackOfficeContract {
}
