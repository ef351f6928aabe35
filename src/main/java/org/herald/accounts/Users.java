package org.herald.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The {@code app_user} table: back-office accounts. */
@Component
class Users implements UserDetailsService {

    private static final String ACCOUNT_COLUMNS = """
            SELECT id, username, display_name, email, role, enabled, time_zone, totp_secret, created_at, last_login_at
            FROM app_user
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ZoneId defaultZone;

    Users(JdbcClient jdbc, PasswordEncoder passwords, AccountSecurityProperties properties) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.defaultZone = properties.defaultTimeZone();
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

    Optional<UserAccount> account(long id) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE id = :id").param("id", id).query(this::toAccount).optional();
    }

    List<UserAccount> accounts() {
        return jdbc.sql(ACCOUNT_COLUMNS + " ORDER BY enabled DESC, username").query(this::toAccount).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE")
                .query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    /** Creates an account; the password is hashed here and never stored in clear. */
    long create(String username, String displayName, String email, String rawPassword, Role role) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, role, enabled, password_changed_at)
                VALUES (:username, :displayName, :email, :hash, :role, TRUE, CURRENT_TIMESTAMP)
                """)
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("hash", passwords.encode(rawPassword))
                .param("role", role.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Creates an account, as {@link #create(String, String, String, String, Role)} without an email. */
    void create(String username, String displayName, String rawPassword, Role role) {
        create(username, displayName, null, rawPassword, role);
    }

    void changeRole(long id, Role role) {
        jdbc.sql("UPDATE app_user SET role = :role WHERE id = :id").param("role", role.name()).param("id", id).update();
    }

    void setEnabled(long id, boolean enabled, OffsetDateTime now) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled, disabled_at = :disabledAt WHERE id = :id")
                .param("enabled", enabled).param("disabledAt", enabled ? null : now).param("id", id).update();
    }

    void setPassword(long id, String rawPassword, OffsetDateTime now) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
                .param("hash", passwords.encode(rawPassword)).param("now", now).param("id", id).update();
    }

    boolean passwordMatches(long id, String rawPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", id)
                .query(String.class).single();
        return rawPassword != null && passwords.matches(rawPassword, hash);
    }

    void updateProfile(long id, String displayName, String email, ZoneId zone) {
        jdbc.sql("UPDATE app_user SET display_name = :displayName, email = :email, time_zone = :zone WHERE id = :id")
                .param("displayName", displayName).param("email", email).param("zone", zone.getId()).param("id", id)
                .update();
    }

    Optional<String> totpSecret(long id) {
        return jdbc.sql("SELECT totp_secret FROM app_user WHERE id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(secret -> secret);
    }

    void setTotpSecret(long id, String secret) {
        jdbc.sql("UPDATE app_user SET totp_secret = :secret, totp_last_step = NULL WHERE id = :id")
                .param("secret", secret).param("id", id).update();
    }

    /**
     * Marks a TOTP time step as used, unless it (or a later one) already was: a code works once,
     * even when two nodes see it at the same moment.
     */
    boolean useTotpStep(long id, long step) {
        return jdbc.sql("""
                UPDATE app_user SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                """)
                .param("step", step).param("id", id).update() == 1;
    }

    void recordLogin(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE app_user SET last_login_at = :now WHERE id = :id").param("now", now).param("id", id).update();
    }

    private UserAccount toAccount(ResultSet rs, int row) throws SQLException {
        String zone = rs.getString("time_zone");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                zone == null ? defaultZone : ZoneId.of(zone), rs.getString("totp_secret") != null,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class));
    }
}
