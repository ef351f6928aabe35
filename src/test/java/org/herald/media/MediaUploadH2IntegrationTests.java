package org.herald.media;

import org.herald.support.HeraldOnH2;

/** Uploads on the embedded default database. */
@HeraldOnH2
class MediaUploadH2IntegrationTests extends MediaUploadContract {
}
