package org.herald.site;

import org.herald.support.HeraldOnPostgres;

/** The frame and pages composed from blocks on PostgreSQL. */
@HeraldOnPostgres
class FramePostgresIntegrationTests extends FrameContract {
}
