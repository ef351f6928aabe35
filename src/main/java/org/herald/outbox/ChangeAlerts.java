package org.herald.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a subscriber does with the links of their mail, with no account: confirm (the signed
 * link), change their preferences, export their data, and leave. Leaving is deletion: the
 * subscriber row, what waited for their digest, and every mail to their address still in the
 * outbox or in its log.
 */
@Component
class ChangeAlerts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AlertSubscribers subscribers;
    private final SubscribeToAlerts subscribe;
    private final OutboxMessages messages;
    private final Clock clock;

    ChangeAlerts(AlertSubscribers subscribers, SubscribeToAlerts subscribe, OutboxMessages messages, Clock clock) {
        this.subscribers = subscribers;
        this.subscribe = subscribe;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @throws AlertException when the link was changed, has expired, or its subscriber left
     */
    @Transactional
    AlertSubscriber confirm(long id, long expires, String signature) {
        AlertSubscriber subscriber = subscribers.byId(id).orElseThrow(() -> new AlertException("alerts.error.link"));
        AlertLinks.verify(subscriber, expires, signature, Instant.now(clock));
        OffsetDateTime now = OffsetDateTime.now(clock);
        subscribers.confirm(id, now, subscriber.nextDigest(now));
        return subscriber;
    }

    @Transactional
    void update(String token, SubscribeToAlerts.Request request) {
        AlertSubscriber subscriber = byToken(token);
        AlertSubscriber changed = subscribe.checked(subscriber.id(), token, subscriber.email(), request,
                subscriber.confirmedAt());
        subscribers.update(changed, changed.nextDigest(OffsetDateTime.now(clock)));
    }

    @Transactional
    void delete(String token) {
        subscribers.byToken(token).ifPresent(subscriber -> {
            subscribers.delete(subscriber.id());
            messages.forget(Outbox.MAIL, subscriber.email());
        });
    }

    /** Everything Herald keeps about the subscriber, as JSON. */
    String export(String token) {
        AlertSubscriber s = byToken(token);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", s.email());
        data.put("language", s.language());
        data.put("countries", s.countries());
        data.put("themes", s.themes());
        data.put("kinds", s.kinds());
        data.put("frequency", s.daily() ? "daily" : "immediate");
        data.put("digestHour", s.digestHour());
        data.put("timeZone", s.zone().getId());
        data.put("signedUpAt", s.createdAt().toInstant().toString());
        data.put("confirmedAt", s.confirmedAt() == null ? null : s.confirmedAt().toInstant().toString());
        data.put("waitingForDigest", subscribers.digestItems(s.id()).stream().map(AlertSubscribers.DigestItem::title)
                .toList());
        data.put("mail", messages.sentTo(Outbox.MAIL, s.email()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(data);
    }

    java.util.Optional<AlertSubscriber> byTokenIfAny(String token) {
        return subscribers.byToken(token == null ? "" : token);
    }

    AlertSubscriber byToken(String token) {
        return subscribers.byToken(token == null ? "" : token).orElseThrow(() -> new AlertException("alerts.error.gone"));
    }
}
