package org.herald.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets requests Tomcat would refuse on its own, before any of Herald's code runs, reach Spring
 * Security's firewall instead, which refuses them the same way (400) but with the security
 * headers and the site's error page: an encoded slash or backslash in the path ({@code %2F},
 * {@code %5C}), a favourite probe for path traversal. Tomcat passes them through undecoded; the
 * firewall refuses any address that holds one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EarlyRefusals {

    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }
}
