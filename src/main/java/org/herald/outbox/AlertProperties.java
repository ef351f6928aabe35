package org.herald.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail alerts for the public.
 *
 * @param siteUrl        the public site's address, for the links in mail (scheme, host, port)
 * @param confirmFor     how long a confirmation link works
 * @param digestInterval how often a node looks for subscribers whose daily digest is due
 */
@ConfigurationProperties("herald.alerts")
public record AlertProperties(@DefaultValue("http://localhost:8080") String siteUrl,
                              @DefaultValue("48h") Duration confirmFor,
                              @DefaultValue("1m") Duration digestInterval) {
}
