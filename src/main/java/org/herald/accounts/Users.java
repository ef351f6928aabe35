package org.herald.accounts;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The {@code app_user} table: back-office accounts. */
@Component
class Users implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Users(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    Optional<HeraldUser> find(String username) {
        return jdbc.sql("""
                SELECT id, username, display_name, password_hash, role, enabled
                FROM app_user WHERE username = :username
                """)
                .param("username", username)
                .query((rs, n) -> new HeraldUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")))
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /** Creates an account; the password is hashed here and never stored in clear. */
    void create(String username, String displayName, String rawPassword, Role role) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, enabled)
                VALUES (:username, :displayName, :hash, :role, TRUE)
                """)
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwords.encode(rawPassword))
                .param("role", role.name())
                .update();
    }

    void recordLogin(String username) {
        jdbc.sql("UPDATE app_user SET last_login_at = CURRENT_TIMESTAMP WHERE username = :username")
                .param("username", username)
                .update();
    }
}
