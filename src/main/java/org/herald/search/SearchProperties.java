package org.herald.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search index.
 *
 * @param followInterval how often a node reads the change log to keep its index current
 * @param gapGrace       how long a sequence number missing below the highest one read is waited
 *                       for (a transaction that took it may commit after later ones); after that
 *                       it is taken as rolled back
 * @param pageSize       results per page
 * @param timeBudget     how long one search may take: past it, a search answers with the results
 *                       it has found so far, marked as possibly incomplete
 */
@ConfigurationProperties("herald.search")
record SearchProperties(Duration followInterval, Duration gapGrace, int pageSize, Duration timeBudget) {

    /** The defaults of every setting. */
    static final SearchProperties DEFAULTS = new SearchProperties(null, null, 0, null);

    SearchProperties {
        followInterval = followInterval == null ? Duration.ofMillis(300) : followInterval;
        gapGrace = gapGrace == null ? Duration.ofSeconds(60) : gapGrace;
        pageSize = pageSize <= 0 ? 20 : pageSize;
        timeBudget = timeBudget == null || timeBudget.isNegative() || timeBudget.isZero() ? Duration.ofSeconds(1)
                : timeBudget;
    }
}
