package org.herald.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Back-office accounts for tests, one role each, all with {@link #PASSWORD}. The password is
 * hashed once per encoder (Argon2 is slow on purpose) and the rows are written directly.
 */
public final class TestUsers {

    public static final String PASSWORD = "a-test-passphrase-for-everyone";
    private static final Map<PasswordEncoder, String> HASHES = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public TestUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** A new enabled account with the role ("EDITOR"), its username starting with {@code prefix}. */
    public String create(String prefix, String role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, enabled)
                VALUES (:username, :displayName, :hash, :role, TRUE)
                """)
                .param("username", username).param("displayName", "Test " + username)
                .param("hash", HASHES.computeIfAbsent(passwords, encoder -> encoder.encode(PASSWORD)))
                .param("role", role)
                .update();
        return username;
    }

    public long id(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** An HTTP client signed in as a new account with the role. */
    public Http signedIn(int port, String role) {
        Http http = new Http(port);
        http.login(create(role.toLowerCase(java.util.Locale.ROOT), role), PASSWORD);
        return http;
    }
}
