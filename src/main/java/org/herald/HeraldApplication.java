package org.herald;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Herald: the web platform of an international organization. {@code java -jar herald.jar}
 * serves the site; {@code java -jar herald.jar COMMAND ARGS...} runs a {@link HeraldCommand}.
 * See the README for the settings.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HeraldApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HeraldApplication.class);
        application.addListeners(new DatabaseReachableCheck());
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(application, args));
        }
        SpringAot.useWhenPackaged();
        application.run(args);
    }

    /** The time every feature reads; tests replace it to travel in time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
