package org.herald.accounts;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start on an empty database, creates the administrator account. Its password is
 * {@code HERALD_ADMIN_PASSWORD} when set; otherwise a random one, printed this once (only its
 * hash is stored, so it can never be shown again).
 */
@Component
class AdminAccountBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final AdminProperties properties;
    private final PasswordPolicy policy;

    AdminAccountBootstrap(Users users, AdminProperties properties, PasswordPolicy policy) {
        this.users = users;
        this.properties = properties;
        this.policy = policy;
    }

    /** Runs once every bean exists and before the web server opens. */
    @Override
    public void afterSingletonsInstantiated() {
        if (users.count() > 0) {
            return;
        }
        boolean given = properties.password() != null && !properties.password().isBlank();
        String password = given ? properties.password() : randomPassword();
        try {
            users.create(properties.username(), "Administrator", password, Role.ADMIN);
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return;
        }
        if (given) {
            log.info("Administrator account '{}' created with the password from HERALD_ADMIN_PASSWORD",
                    properties.username());
            // Not refused: a deployment must be able to start; but the operator should know.
            policy.problem(password, properties.username()).ifPresent(problem -> log.warn(
                    "HERALD_ADMIN_PASSWORD does not meet the password policy ({}): change it under My account",
                    problem));
        } else {
            log.warn("Administrator account '{}' created with password: {}  (shown this once; "
                    + "set HERALD_ADMIN_PASSWORD to choose it)", properties.username(), password);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
