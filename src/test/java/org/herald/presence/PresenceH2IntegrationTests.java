package org.herald.presence;

import org.herald.support.HeraldOnH2;

/** Where we work on the embedded default database. */
@HeraldOnH2
class PresenceH2IntegrationTests extends PresenceContract {
}
