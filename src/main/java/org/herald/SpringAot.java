package org.herald;

import org.springframework.aot.AotDetector;

/**
 * The packaged jar starts on the bean definitions Spring AOT worked out at build time
 * ({@code spring-boot-maven-plugin process-aot}): no scanning of classes and no evaluation of
 * auto-configuration conditions at start, about a fifth of the start-up (docs/benchmarks.md).
 * <p>
 * Only from a jar, where the generated classes were built with the rest: {@code target/classes}
 * (the tests, {@code spring-boot:run}) may hold generated classes older than the code. Only for
 * the web application: the generated definitions are those of the web application, and
 * commands run without a web server. {@code -Dspring.aot.enabled=false} turns it off. The
 * conditions of the configuration were evaluated at build time, so a Spring setting that
 * switches a configuration on or off (not Herald's own settings) is read at build time.
 */
final class SpringAot {

    private SpringAot() {
    }

    static void useWhenPackaged() {
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && packaged() && generated()) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    private static boolean packaged() {
        var location = HeraldApplication.class.getResource(HeraldApplication.class.getSimpleName() + ".class");
        return location != null && "jar".equals(location.getProtocol());
    }

    private static boolean generated() {
        return HeraldApplication.class.getResource("HeraldApplication__ApplicationContextInitializer.class") != null;
    }
}
