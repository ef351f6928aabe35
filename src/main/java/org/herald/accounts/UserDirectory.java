package org.herald.accounts;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

/** What the back office reads about accounts: the list, one account, a user's time zone. */
@Component
public class UserDirectory {

    private final Users users;
    private final AccountSecurityProperties properties;

    UserDirectory(Users users, AccountSecurityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    public List<UserAccount> all() {
        return users.accounts();
    }

    public UserAccount get(long id) {
        return users.account(id).orElseThrow(() -> new AccountException("user", "users.error.unknown"));
    }

    /** The zone the actor reads and enters times in: their own, else the organization's. */
    public ZoneId zoneOf(Actor actor) {
        if (actor.userId() == null) {
            return properties.defaultTimeZone();
        }
        return users.account(actor.userId()).map(UserAccount::timeZone).orElse(properties.defaultTimeZone());
    }

    /** The organization's zone, the default of every user. */
    public ZoneId defaultZone() {
        return properties.defaultTimeZone();
    }
}
