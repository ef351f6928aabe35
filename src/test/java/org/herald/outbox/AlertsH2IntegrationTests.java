package org.herald.outbox;

import org.herald.support.HeraldOnH2;

/** E-mail alerts on the embedded default database. */
@HeraldOnH2
class AlertsH2IntegrationTests extends AlertsContract {
}
