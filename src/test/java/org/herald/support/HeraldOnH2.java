package org.herald.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the embedded default (an H2 file database in a
 * fresh data folder), with the seed loaded and the {@link TestAdmin} account.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "herald.admin.password=" + TestAdmin.PASSWORD)
@ContextConfiguration(initializers = TempDataDirInitializer.class)
public @interface HeraldOnH2 {
}
