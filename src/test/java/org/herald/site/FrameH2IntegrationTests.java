package org.herald.site;

import org.herald.support.HeraldOnH2;

/** The frame and pages composed from blocks on the embedded default database. */
@HeraldOnH2
class FrameH2IntegrationTests extends FrameContract {
}
