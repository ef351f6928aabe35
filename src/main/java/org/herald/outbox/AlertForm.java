package org.herald.outbox;

import java.util.List;

import org.herald.i18n.Language;

/**
 * What the alerts form shows: a new sign-up (no token), a subscriber's preferences, or what was
 * just typed when it was refused.
 */
public record AlertForm(String token, String email, String language, List<String> countries, List<String> themes,
                        List<String> kinds, boolean daily, int hour, String zone) {

    static AlertForm of(Language page, AlertSubscriber subscriber, SubscribeToAlerts.Request asked) {
        if (asked != null) {
            return new AlertForm(subscriber == null ? null : subscriber.token(), asked.email(),
                    asked.language() == null ? page.code() : asked.language(), orEmpty(asked.countries()),
                    orEmpty(asked.themes()), orEmpty(asked.kinds()), "daily".equals(asked.frequency()),
                    parse(asked.hour()), asked.zone() == null ? "UTC" : asked.zone());
        }
        if (subscriber != null) {
            return new AlertForm(subscriber.token(), subscriber.email(), subscriber.language(), subscriber.countries(),
                    subscriber.themes(), subscriber.kinds(), subscriber.daily(), subscriber.digestHour(),
                    subscriber.zone().getId());
        }
        return new AlertForm(null, "", page.code(), List.of(), List.of(), List.of(), false, 8, "UTC");
    }

    public boolean preferences() {
        return token != null;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static int parse(String hour) {
        try {
            return Integer.parseInt(hour == null ? "8" : hour.trim());
        } catch (NumberFormatException invalid) {
            return 8;
        }
    }
}
