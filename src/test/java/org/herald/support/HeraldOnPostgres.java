package org.herald.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port on a fresh PostgreSQL database (dropped afterwards),
 * with the seed loaded and the {@link TestAdmin} account. Skipped without
 * {@code HERALD_TEST_PG_URL}, failed instead when {@code HERALD_TEST_REQUIRE_PG=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "herald.admin.password=" + TestAdmin.PASSWORD)
@ContextConfiguration(initializers = {TempDataDirInitializer.class, PostgresContextInitializer.class})
public @interface HeraldOnPostgres {
}
