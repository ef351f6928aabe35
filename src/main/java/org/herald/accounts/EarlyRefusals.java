package org.herald.accounts;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refusals made before any of Herald's code runs carry the security headers too.
 *
 * <ul>
 * <li>An encoded slash or backslash in the path ({@code %2F}, {@code %5C}), a favourite probe for
 * path traversal, is passed through by Tomcat to Spring Security's firewall, which refuses it
 * (400) with the security headers and the site's error page.</li>
 * <li>What Tomcat's own parser refuses (a raw backslash or a NUL in the address, a broken request
 * line) never reaches a filter; Tomcat writes its own short error report. That report is made by
 * {@link HeaderedErrorReports}, which adds the same headers.</li>
 * </ul>
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

    /** Runs before the host starts, which is when the host installs its error report valve. */
    @Bean
    TomcatContextCustomizer headeredErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(HeaderedErrorReports.class.getName());
            }
        };
    }

    /** Tomcat's error report, without the server's version, with Herald's security headers. */
    public static class HeaderedErrorReports extends ErrorReportValve {

        public HeaderedErrorReports() {
            setShowServerInfo(false);
            setShowReport(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                setIfMissing(response, "X-Content-Type-Options", "nosniff");
                setIfMissing(response, "X-Frame-Options", "DENY");
                setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
                setIfMissing(response, "Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
                setIfMissing(response, "Cross-Origin-Opener-Policy", "same-origin");
                setIfMissing(response, "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
            }
            super.report(request, response, throwable);
        }

        private static void setIfMissing(Response response, String name, String value) {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        }
    }
}
