package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The protocol's limit: no sitemap holds more than 50,000 addresses, and none is empty. */
class SitemapControllerTests {

    @Test
    void aSetIsSplitPastFiftyThousandAddresses() {
        assertThat(SitemapController.parts(0)).isZero();
        assertThat(SitemapController.parts(1)).isEqualTo(1);
        assertThat(SitemapController.parts(50_000)).isEqualTo(1);
        assertThat(SitemapController.parts(50_001)).isEqualTo(2);
        assertThat(SitemapController.parts(100_000)).isEqualTo(2);
        assertThat(SitemapController.parts(100_001)).isEqualTo(3);
    }
}
