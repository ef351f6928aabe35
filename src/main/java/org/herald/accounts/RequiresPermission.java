package org.herald.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a back-office route needs (any one of them, when several are given), on its
 * handler method (or its controller). Checked
 * before the handler runs; a back-office handler without it is refused for everyone, so a new
 * screen cannot be reachable by accident. The actions behind the screens check again.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresPermission {

    Permission[] value();
}
