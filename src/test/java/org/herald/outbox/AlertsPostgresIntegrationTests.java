package org.herald.outbox;

import org.herald.support.HeraldOnPostgres;

/** E-mail alerts on PostgreSQL. */
@HeraldOnPostgres
class AlertsPostgresIntegrationTests extends AlertsContract {
}
