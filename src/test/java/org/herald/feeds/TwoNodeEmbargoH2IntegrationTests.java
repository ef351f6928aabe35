package org.herald.feeds;

import org.herald.support.HeraldOnH2;

/** The embargo in every channel of two nodes on one H2 database, shared within the process. */
@HeraldOnH2
class TwoNodeEmbargoH2IntegrationTests extends TwoNodeEmbargoContract {
}
