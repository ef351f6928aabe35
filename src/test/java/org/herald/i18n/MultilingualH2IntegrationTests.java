package org.herald.i18n;

import org.herald.support.HeraldOnH2;

/** The six languages on the embedded default database. */
@HeraldOnH2
class MultilingualH2IntegrationTests extends MultilingualContract {
}
