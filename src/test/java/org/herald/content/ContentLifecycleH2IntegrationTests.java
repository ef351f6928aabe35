package org.herald.content;

import org.herald.support.HeraldOnH2;

/** Content's life on the embedded default database. */
@HeraldOnH2
class ContentLifecycleH2IntegrationTests extends ContentLifecycleContract {
}
