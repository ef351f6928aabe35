package org.herald.outbox;

import org.herald.support.HeraldOnPostgres;

/** The outbox on PostgreSQL. */
@HeraldOnPostgres
class OutboxPostgresIntegrationTests extends OutboxContract {
}
