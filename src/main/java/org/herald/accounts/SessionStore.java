package org.herald.accounts;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the sessions kept in the database (Spring Session JDBC) are read and written.
 *
 * <ul>
 *   <li>A session's writes join the transaction that is running, if any, instead of starting a
 *   new one beside it: ending a disabled user's sessions is then part of the disabling, and no
 *   thread ever holds two connections at once (which, under load, deadlocks the pool).</li>
 *   <li>A session cookie whose value cannot be a session id (Herald's are UUIDs) is ignored, as
 *   if there were none: a forged value that decodes to NUL bytes or binary never reaches the
 *   database, which would refuse it with an error on every request.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStore {

    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Spring Session's transactions, by the name it looks for: joining the running one (its own
     * default starts a new one). It is also the application's {@code TransactionTemplate}, which
     * Spring Boot would otherwise make with the same propagation.
     */
    @Bean
    TransactionTemplate springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate joining = new TransactionTemplate(transactions);
        joining.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return joining;
    }

    @Bean
    static BeanPostProcessor onlyWellFormedSessionIds() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof CookieSerializer cookies && !(bean instanceof WellFormedIds)
                        ? new WellFormedIds(cookies) : bean;
            }
        };
    }

    /** The session cookie's values that can be a session id; the others are dropped. */
    private record WellFormedIds(CookieSerializer cookies) implements CookieSerializer {

        @Override
        public void writeCookieValue(CookieValue value) {
            cookies.writeCookieValue(value);
        }

        @Override
        public List<String> readCookieValues(HttpServletRequest request) {
            return cookies.readCookieValues(request).stream().filter(id -> SESSION_ID.matcher(id).matches()).toList();
        }
    }
}
