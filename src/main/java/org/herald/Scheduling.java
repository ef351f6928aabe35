package org.herald;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Herald's background tasks (the publishing scheduler, clean-ups) in the web
 * application; a command-line run has none.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class Scheduling {
}
