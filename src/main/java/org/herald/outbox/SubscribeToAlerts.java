package org.herald.outbox;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.herald.content.ArticleKind;
import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.themes.Theme;
import org.herald.themes.Themes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs someone up for alerts: checks the address and filters, stores them unconfirmed, and
 * queues the mail with the signed confirmation link (double opt-in: nothing else is sent until
 * it is followed). An address already signed up gets a mail with its preferences link instead,
 * and nothing changes: a stranger cannot change someone else's alerts, nor learn whether they
 * have any.
 */
@Component
class SubscribeToAlerts {

    private final AlertSubscribers subscribers;
    private final AlertMails mails;
    private final Countries countries;
    private final Themes themes;
    private final Clock clock;

    SubscribeToAlerts(AlertSubscribers subscribers, AlertMails mails, Countries countries, Themes themes, Clock clock) {
        this.subscribers = subscribers;
        this.mails = mails;
        this.countries = countries;
        this.themes = themes;
        this.clock = clock;
    }

    /** What a visitor asks for, as the form sends it. */
    record Request(String email, String language, List<String> countries, List<String> themes, List<String> kinds,
                   String frequency, String hour, String zone) {
    }

    /**
     * @throws AlertException      when a filter, hour or zone is not one Herald knows
     * @throws MailRefusedException when the address is invalid
     */
    @Transactional
    void subscribe(Request request) {
        String email = MailChecks.address(request.email());
        AlertSubscriber wanted = checked(0, AlertLinks.newToken(), email, request, null);
        Optional<AlertSubscriber> existing = subscribers.byEmail(email);
        if (existing.isPresent()) {
            mails.preferencesReminder(existing.get());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = subscribers.insert(wanted, now);
        mails.confirmation(subscribers.byId(id).orElseThrow());
    }

    /** The subscriber the request describes, every filter checked. */
    AlertSubscriber checked(long id, String token, String email, Request request, OffsetDateTime confirmedAt) {
        Language language = Language.fromCode(request.language() == null ? "" : request.language())
                .orElseThrow(() -> new AlertException("alerts.error.language"));
        List<String> countryCodes = clean(request.countries()).stream().map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .toList();
        if (!countryCodes.stream().allMatch(countries::exists)) {
            throw new AlertException("alerts.error.filters");
        }
        Set<String> known = Set.copyOf(themes.all(language).stream().map(Theme::code).toList());
        List<String> themeCodes = clean(request.themes());
        List<String> kinds = clean(request.kinds());
        if (!known.containsAll(themeCodes) || !kinds.stream().allMatch(k -> ArticleKind.fromSlug(k).isPresent())) {
            throw new AlertException("alerts.error.filters");
        }
        boolean daily = "daily".equals(request.frequency());
        if (!daily && !"immediate".equals(request.frequency())) {
            throw new AlertException("alerts.error.frequency");
        }
        int hour;
        ZoneId zone;
        try {
            hour = request.hour() == null || request.hour().isBlank() ? 8 : Integer.parseInt(request.hour().trim());
            zone = ZoneId.of(request.zone() == null || request.zone().isBlank() ? "UTC" : request.zone().trim());
        } catch (NumberFormatException | DateTimeException invalid) {
            throw new AlertException("alerts.error.hour");
        }
        if (hour < 0 || hour > 23) {
            throw new AlertException("alerts.error.hour");
        }
        return new AlertSubscriber(id, token, email, language.code(), countryCodes, themeCodes, kinds, daily, hour, zone,
                confirmedAt, null);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> cleaned = values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
        if (cleaned.size() > 300 || cleaned.stream().anyMatch(v -> v.length() > 60 || v.contains(","))) {
            throw new AlertException("alerts.error.filters");
        }
        return cleaned;
    }
}
