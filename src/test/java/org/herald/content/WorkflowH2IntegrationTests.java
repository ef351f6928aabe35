package org.herald.content;

import org.herald.support.HeraldOnH2;

/** The workflow on the embedded default database. */
@HeraldOnH2
class WorkflowH2IntegrationTests extends WorkflowContract {
}
