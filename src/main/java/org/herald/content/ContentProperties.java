package org.herald.content;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Content settings.
 *
 * @param timeZone the organization's time zone: the day of first publication, which becomes an
 *                 article's date when none was given, is taken in this zone
 */
@ConfigurationProperties("herald.content")
public record ContentProperties(@DefaultValue("UTC") ZoneId timeZone) {
}
