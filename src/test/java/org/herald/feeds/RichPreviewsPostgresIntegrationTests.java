package org.herald.feeds;

import org.herald.support.HeraldOnPostgres;

/** Rich previews on PostgreSQL. */
@HeraldOnPostgres
class RichPreviewsPostgresIntegrationTests extends RichPreviewsContract {
}
