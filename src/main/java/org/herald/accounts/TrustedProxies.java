package org.herald.accounts;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Which proxies in front of Herald may say who the client is ({@code X-Forwarded-For}), how it
 * connected ({@code X-Forwarded-Proto}) and which host it asked for ({@code X-Forwarded-Host}):
 * only the addresses and networks named in {@code HERALD_TRUSTED_PROXIES}, none by default.
 * From anyone else these headers are ignored, so a client cannot choose the address its
 * sign-in attempts are counted and audited under, nor the host of the site's own links.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TrustedProxies {

    /** An IPv4 or IPv6 address written out, never a name (which would need a look-up to mean anything). */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /**
     * The proxies Herald believes.
     *
     * @param trusted addresses ({@code 10.0.0.5}) and networks ({@code 10.0.0.0/8},
     *                {@code fd00::/8}) of the reverse proxies or load balancers in front of Herald
     */
    @ConfigurationProperties("herald.proxies")
    record Settings(@DefaultValue("") List<String> trusted) {
    }

    @Bean
    OnlyTrustedProxiesForward onlyTrustedProxiesForward(Settings settings) {
        return new OnlyTrustedProxiesForward(cidrs(settings.trusted()));
    }

    /** Sets Tomcat's proxy check after Spring Boot's own customizer has set its default. */
    record OnlyTrustedProxiesForward(String networks)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                    .forEach(valve -> {
                        // An empty setting trusts nobody; Tomcat's default trusts every private address.
                        valve.setInternalProxies(networks);
                        valve.setTrustedProxies(null);
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** The setting as Tomcat reads networks: each address a network of one ({@code /32}, {@code /128}). */
    static String cidrs(List<String> trusted) {
        return trusted.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::cidr).collect(Collectors.joining(","));
    }

    private static String cidr(String entry) {
        String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
        if (!LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("HERALD_TRUSTED_PROXIES takes addresses and networks, not '" + entry + "'");
        }
        String network = entry.contains("/") ? entry : address + (address.contains(":") ? "/128" : "/32");
        new NetMask(network);
        return network;
    }
}
