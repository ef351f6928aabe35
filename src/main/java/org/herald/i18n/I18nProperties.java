package org.herald.i18n;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Language settings of a Herald site.
 *
 * @param languages the languages the public site is offered in, the first being the default
 *                  when a reader's {@code Accept-Language} matches none of them
 */
@ConfigurationProperties("herald.i18n")
public record I18nProperties(@DefaultValue("en") List<String> languages) {
}
