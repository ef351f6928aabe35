package org.herald.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs a real PostgreSQL server (see {@link PostgresTestDatabase}).
 *
 * <p>Without {@code HERALD_TEST_PG_URL} the class is skipped with the reason, so the build
 * passes on a machine without PostgreSQL. CI sets {@code HERALD_TEST_REQUIRE_PG=true}, which
 * turns the missing URL into a failure instead. A Spring test combines it with
 * {@code @ContextConfiguration(initializers = PostgresContextInitializer.class)}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface PostgresTest {
}
