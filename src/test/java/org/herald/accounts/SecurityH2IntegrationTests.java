package org.herald.accounts;

import org.herald.support.HeraldOnH2;

/** The back office's defences on the embedded default database. */
@HeraldOnH2
class SecurityH2IntegrationTests extends SecurityContract {
}
