package org.herald.media;

import org.herald.support.HeraldOnPostgres;

/** Uploads on PostgreSQL. */
@HeraldOnPostgres
class MediaUploadPostgresIntegrationTests extends MediaUploadContract {
}
