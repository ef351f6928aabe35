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
 * Marks a test class that drives Chromium through {@link Browser}.
 *
 * <p>Without Debian's {@code chromium} and {@code chromium-driver} the class is skipped with the
 * reason, so a developer machine without them still builds. CI sets
 * {@code HERALD_TEST_REQUIRE_BROWSER=true}, which turns the missing binaries into a failure: a
 * silently skipped browser suite would look green while testing nothing.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@ExtendWith(BrowserCondition.class)
public @interface BrowserTest {
}
