package org.herald.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.herald.i18n.Language;
import org.herald.outbox.Mail;
import org.herald.outbox.Outbox;
import org.herald.places.Countries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a submission from the public: refuses a bot (a filled honeypot, a missing or forged
 * timestamp, a form sent faster than its minimum time) without saying why and storing nothing;
 * refuses a sender past the limit of submissions per address; checks every field; then stores the
 * submission and puts its notification to the office in the outbox, in one transaction.
 */
@Component
class SubmitForm {

    /** Submissions taken from one address in {@link #WINDOW}, every form together. */
    static final int PER_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Submissions submissions;
    private final Outbox outbox;
    private final FormStamps stamps;
    private final Countries countries;
    private final Clock clock;

    SubmitForm(Submissions submissions, Outbox outbox, FormStamps stamps, Countries countries, Clock clock) {
        this.submissions = submissions;
        this.outbox = outbox;
        this.stamps = stamps;
        this.countries = countries;
        this.clock = clock;
    }

    /** Why a submission was not taken, beyond its fields' errors. */
    enum Outcome { TAKEN, BOT, TOO_MANY }

    /** The errors of the fields; none when the submission was taken (or refused as a bot or past the limit). */
    record Result(Outcome outcome, Map<String, String> errors) {
    }

    @Transactional
    Result submit(StoredForm form, Language language, Map<String, List<String>> typed, String honeypot, String stamp,
                  String senderAddress) {
        Instant now = clock.instant();
        Instant shown = stamps.read(form.slug(), stamp).orElse(null);
        if (honeypot != null && !honeypot.isEmpty() || shown == null
                || Duration.between(shown, now).getSeconds() < form.definition().minSeconds()) {
            return new Result(Outcome.BOT, Map.of());
        }
        String sender = stamps.sender(senderAddress);
        if (submissions.countFrom(sender, now.minus(WINDOW)) >= PER_ADDRESS) {
            return new Result(Outcome.TOO_MANY, Map.of());
        }
        SubmissionCheck.Checked checked = SubmissionCheck.check(form.definition(), typed, countries::exists);
        if (!checked.errors().isEmpty()) {
            return new Result(Outcome.TAKEN, checked.errors());
        }
        String email = form.definition().fields().stream().filter(field -> field.fieldKind() == FieldKind.EMAIL)
                .map(field -> checked.values().get(field.name())).filter(values -> !values.isEmpty())
                .map(values -> values.get(0).toLowerCase(Locale.ROOT)).findFirst().orElse(null);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
        long id = submissions.insert(form.id(), language.code(), at, email, sender, checked.values());
        FormDefinition definition = form.definition();
        StringBuilder body = new StringBuilder();
        definition.fields().forEach(field -> body.append(field.in(Language.EN, definition.original()).label())
                .append(": ").append(String.join(", ", checked.values().get(field.name()))).append('\n'));
        body.append("Language: ").append(language.code()).append('\n').append("Received: ").append(now).append('\n');
        outbox.mail(Submissions.notificationKey(id), new Mail(definition.office(), null,
                definition.in(Language.EN).title() + " (#" + id + ")", body.toString(), null, Map.of()));
        return new Result(Outcome.TAKEN, Map.of());
    }
}
