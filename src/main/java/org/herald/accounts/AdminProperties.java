package org.herald.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator account, created when a database has no users.
 *
 * @param username the administrator's username
 * @param password the administrator's password ({@code HERALD_ADMIN_PASSWORD}); when empty a
 *                 random one is generated and printed once
 */
@ConfigurationProperties("herald.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {
}
