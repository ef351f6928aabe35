package org.herald.feeds;

import org.herald.support.HeraldOnH2;

/** Rich previews on the embedded default database. */
@HeraldOnH2
class RichPreviewsH2IntegrationTests extends RichPreviewsContract {
}
