package org.herald.forms;

import org.herald.support.HeraldOnH2;

/** Forms on the embedded default database. */
@HeraldOnH2
class FormsH2IntegrationTests extends FormsContract {
}
