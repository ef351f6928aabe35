package org.herald.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's changes to accounts: create one, change its role, disable it (its history
 * stays: revisions, comments and audit entries keep naming it) or enable it again, set a new
 * password, remove its second factor. Each checks {@link Permission#USERS_MANAGE}, writes the
 * audit log and, where the change should bite at once, ends the user's sessions.
 */
@Component
public class ManageUsers {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Users users;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Sessions sessions;
    private final TrustedDevices devices;
    private final Clock clock;

    ManageUsers(Users users, PasswordPolicy policy, AuditLog audit, Sessions sessions, TrustedDevices devices,
                Clock clock) {
        this.users = users;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
        this.devices = devices;
        this.clock = clock;
    }

    /** The details of a new account, as the form gives them. */
    public record NewUser(String username, String displayName, String email, Role role, String password) {
    }

    @Transactional
    public long create(Actor actor, NewUser user) {
        actor.require(Permission.USERS_MANAGE);
        String username = user.username() == null ? "" : user.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("username", "users.error.username");
        }
        if (users.usernameTaken(username)) {
            throw new AccountException("username", "users.error.username-taken");
        }
        String displayName = displayName(user.displayName());
        String email = email(user.email());
        if (user.role() == null) {
            throw new AccountException("role", "users.error.role");
        }
        policy.problem(user.password(), username).ifPresent(problem -> {
            throw new AccountException("password", problem);
        });
        long id;
        try {
            id = users.create(username, displayName, email, user.password(), user.role());
        } catch (DuplicateKeyException raceOnUsername) {
            throw new AccountException("username", "users.error.username-taken");
        }
        audit.record(actor, "user.create", "user", id, username + " (" + user.role() + ")");
        return id;
    }

    @Transactional
    public void changeRole(Actor actor, long id, Role role) {
        actor.require(Permission.USERS_MANAGE);
        UserAccount account = existing(id);
        if (role == null) {
            throw new AccountException("role", "users.error.role");
        }
        if (account.role() == role) {
            return;
        }
        if (account.role() == Role.ADMIN && account.enabled() && users.countEnabledAdmins() <= 1) {
            throw new AccountException("role", "users.error.last-admin");
        }
        users.changeRole(id, role);
        audit.record(actor, "user.role", "user", id, account.username() + ": " + account.role() + " → " + role);
        sessions.endAll(account.username());
    }

    @Transactional
    public void disable(Actor actor, long id) {
        actor.require(Permission.USERS_MANAGE);
        UserAccount account = existing(id);
        if (!account.enabled()) {
            return;
        }
        if (actor.userId() != null && actor.userId() == id) {
            throw new AccountException("enabled", "users.error.self");
        }
        if (account.role() == Role.ADMIN && users.countEnabledAdmins() <= 1) {
            throw new AccountException("enabled", "users.error.last-admin");
        }
        users.setEnabled(id, false, OffsetDateTime.now(clock));
        devices.forgetAll(id);
        audit.record(actor, "user.disable", "user", id, account.username());
        sessions.endAll(account.username());
    }

    @Transactional
    public void enable(Actor actor, long id) {
        actor.require(Permission.USERS_MANAGE);
        UserAccount account = existing(id);
        if (account.enabled()) {
            return;
        }
        users.setEnabled(id, true, OffsetDateTime.now(clock));
        audit.record(actor, "user.enable", "user", id, account.username());
    }

    /** Sets a new password for someone who lost theirs; their sessions end. */
    @Transactional
    public void resetPassword(Actor actor, long id, String password) {
        actor.require(Permission.USERS_MANAGE);
        UserAccount account = existing(id);
        policy.problem(password, account.username()).ifPresent(problem -> {
            throw new AccountException("password", problem);
        });
        users.setPassword(id, password, OffsetDateTime.now(clock));
        devices.forgetAll(id);
        audit.record(actor, "user.password-reset", "user", id, account.username());
        sessions.endAll(account.username());
    }

    /** Removes the second factor of someone who lost their phone. */
    @Transactional
    public void removeSecondFactor(Actor actor, long id) {
        actor.require(Permission.USERS_MANAGE);
        UserAccount account = existing(id);
        users.setTotpSecret(id, null);
        audit.record(actor, "user.two-factor-removed", "user", id, account.username());
    }

    private UserAccount existing(long id) {
        return users.account(id).orElseThrow(() -> new AccountException("user", "users.error.unknown"));
    }

    static String displayName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty() || name.length() > 200) {
            throw new AccountException("displayName", "users.error.display-name");
        }
        return name;
    }

    static String email(String raw) {
        String email = raw == null ? "" : raw.trim();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw new AccountException("email", "users.error.email");
        }
        return email;
    }
}
