package org.herald.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which readers a cached response may be served to, by their {@code Accept} header. */
class CachedTypeAcceptedTests {

    private static final CachedResponse FEED = new CachedResponse(200,
            Map.of("Content-Type", List.of("application/rss+xml;charset=UTF-8")), new byte[0], new byte[0], null,
            "\"x\"", Set.of("content_item:*"));

    @Test
    void theMostSpecificRangeThatCoversTheTypeDecides() {
        assertThat(PageCacheFilter.accepts(null, FEED)).isTrue();
        assertThat(PageCacheFilter.accepts("", FEED)).isTrue();
        assertThat(PageCacheFilter.accepts("*/*", FEED)).isTrue();
        assertThat(PageCacheFilter.accepts("application/*;q=0.5", FEED)).isTrue();
        assertThat(PageCacheFilter.accepts("application/rss+xml, application/xml;q=0.9, */*;q=0.1", FEED)).isTrue();
        assertThat(PageCacheFilter.accepts("text/html", FEED)).isFalse();
        assertThat(PageCacheFilter.accepts("application/json", FEED)).isFalse();
        assertThat(PageCacheFilter.accepts("*/*, application/rss+xml;q=0", FEED)).isFalse();
        assertThat(PageCacheFilter.accepts("application/rss+xml;q=0, */*", FEED)).isFalse();
        assertThat(PageCacheFilter.accepts("no/such/type,,;", FEED)).as("left to the application").isFalse();
    }
}
