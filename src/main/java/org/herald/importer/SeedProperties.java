package org.herald.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo content loaded on the first start.
 *
 * @param enabled  whether an empty database is filled from the seed
 * @param resource the crawled page the seed is parsed from
 */
@ConfigurationProperties("herald.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("classpath:seed/000_b4b9ee3b2ecdea37.txt") String resource) {
}
