package org.herald.highlights;

import org.herald.support.HeraldOnH2;

/** Highlights and featured images on the embedded default database. */
@HeraldOnH2
class HighlightsH2IntegrationTests extends HighlightsContract {
}
