package org.herald.content.backoffice;

import org.herald.support.HeraldOnH2;

/** Several editors on one item, on the embedded default database. */
@HeraldOnH2
class EditingH2IntegrationTests extends EditingContract {
}
