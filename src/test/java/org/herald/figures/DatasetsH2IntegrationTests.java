package org.herald.figures;

import org.herald.support.HeraldOnH2;

/** Datasets on the embedded default database. */
@HeraldOnH2
class DatasetsH2IntegrationTests extends DatasetsContract {
}
