package org.herald.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages belong to the back office, whatever module holds it: its pages
 * get the reader's {@link AdminView} as {@code view} and the back office's navigation, and a
 * refused change is answered with the problem page, which leads back to where the person was.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BackOfficeScreen {
}
