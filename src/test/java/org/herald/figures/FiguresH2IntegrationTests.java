package org.herald.figures;

import org.herald.support.HeraldOnH2;

/** The public figures on the embedded default database. */
@HeraldOnH2
class FiguresH2IntegrationTests extends FiguresContract {
}
