package org.herald.accounts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every user may change about their own account: name, email and time zone, password, and
 * two-factor sign-in (optional for everyone). Changes to the password and second factor need
 * the current password, so a session left open is not enough to take an account over; its
 * checks are throttled like sign-ins, each taking its place in the user's count before the
 * password is looked at (and outside any transaction, so that the count outlives a refusal). A
 * new password signs out the user's other sessions and forgets their browsers.
 */
@Component
public class MyAccount {

    private final Users users;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final TrustedDevices devices;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final TransactionTemplate transactions;
    private final AccountSecurityProperties properties;
    private final Clock clock;

    MyAccount(Users users, PasswordPolicy policy, AuditLog audit, TrustedDevices devices, LoginThrottle throttle,
              Sessions sessions, TransactionTemplate transactions, AccountSecurityProperties properties, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.audit = audit;
        this.devices = devices;
        this.throttle = throttle;
        this.sessions = sessions;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A second factor being set up: the secret to enter in the app, as text and as a QR code. */
    public record TwoFactorEnrolment(String secret, String uri, String qrCodeDataUri) {

        /** The secret in groups of four, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    @Transactional
    public void updateProfile(Actor actor, String displayName, String email, String zone) {
        long id = self(actor);
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null ? "" : zone.trim());
        } catch (DateTimeException unknown) {
            throw new AccountException("timeZone", "account.error.time-zone");
        }
        users.updateProfile(id, ManageUsers.displayName(displayName), ManageUsers.email(email), zoneId);
        audit.record(actor, "user.profile", "user", id, zoneId.getId());
    }

    /** Sets a new password; the user's other sessions end and no browser of theirs stays remembered. */
    public void changePassword(Actor actor, String current, String replacement) {
        long id = self(actor);
        requireCurrentPassword(id, current, "currentPassword");
        policy.problem(replacement, actor.name()).ifPresent(problem -> {
            throw new AccountException("newPassword", problem);
        });
        transactions.executeWithoutResult(status -> {
            users.setPassword(id, replacement, OffsetDateTime.now(clock));
            devices.forgetAll(id);
            audit.record(actor, "user.password", "user", id, null);
        });
        sessions.endAllButCurrent(actor.name());
    }

    /** A fresh secret to set up; nothing is stored until {@link #confirmTwoFactor} gets a right code. */
    public TwoFactorEnrolment beginTwoFactor(Actor actor) {
        return enrolment(actor, Totp.newSecret());
    }

    /** The enrolment of a secret already begun (shown again after a wrong code). */
    public TwoFactorEnrolment enrolment(Actor actor, String secret) {
        self(actor);
        String uri = Totp.uri(properties.twoFactorIssuer(), actor.name(), secret);
        return new TwoFactorEnrolment(secret, uri, QrCodes.pngDataUri(uri));
    }

    /** Turns two-factor sign-in on, if the code shows the app has the secret. */
    public void confirmTwoFactor(Actor actor, String secret, String code, String password) {
        long id = self(actor);
        requireCurrentPassword(id, password, "password");
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.verify(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new AccountException("code", "account.error.code");
        }
        transactions.executeWithoutResult(status -> {
            users.setTotpSecret(id, secret);
            users.useTotpStep(id, step.getAsLong());
            audit.record(actor, "user.two-factor-on", "user", id, null);
        });
    }

    public void disableTwoFactor(Actor actor, String password) {
        long id = self(actor);
        requireCurrentPassword(id, password, "password");
        transactions.executeWithoutResult(status -> {
            users.setTotpSecret(id, null);
            devices.forgetAll(id);
            audit.record(actor, "user.two-factor-off", "user", id, null);
        });
    }

    /**
     * Checks the user's current password once the throttle has counted the check; a check that
     * comes too early is refused unchecked.
     */
    private void requireCurrentPassword(long id, String password, String field) {
        if (throttle.reserveCurrentPassword(id) > 0) {
            throw new AccountException(field, "account.error.wait");
        }
        if (!users.passwordMatches(id, password)) {
            throw new AccountException(field, "account.error.current-password");
        }
        throttle.currentPasswordRight(id);
    }

    public UserAccount of(Actor actor) {
        return users.account(self(actor)).orElseThrow(() -> new AccountException("user", "users.error.unknown"));
    }

    private static long self(Actor actor) {
        actor.require(Permission.BACK_OFFICE);
        if (actor.userId() == null) {
            throw new NotPermittedException(actor, Permission.BACK_OFFICE);
        }
        return actor.userId();
    }
}
