package org.herald.outbox;

import org.herald.support.HeraldOnH2;

/** The outbox on the embedded default database. */
@HeraldOnH2
class OutboxH2IntegrationTests extends OutboxContract {
}
