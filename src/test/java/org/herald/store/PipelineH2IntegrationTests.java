package org.herald.store;

import org.herald.support.HeraldOnH2;

/** The pipeline on the embedded default database: its statements run one by one. */
@HeraldOnH2
class PipelineH2IntegrationTests extends PipelineContract {
}
