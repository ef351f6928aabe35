package org.herald.goals;

import org.herald.support.HeraldOnH2;

/** The 2030 Agenda on the embedded default database. */
@HeraldOnH2
class GoalsH2IntegrationTests extends GoalsContract {
}
