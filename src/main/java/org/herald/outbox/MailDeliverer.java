package org.herald.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands mail to the SMTP server of {@link SmtpProperties}, a batch over one connection. Each
 * mail is multipart (text and HTML) with a Message-ID made from its idempotency key, so a mail
 * sent again after a crash is recognisably the same. A permanent refusal (an SMTP 5xx reply to
 * the recipient or the message: a bounce) fails the message for good; anything else is tried
 * again. With no server configured the channel is not ready, and mail waits in the outbox.
 */
@Component
class MailDeliverer implements Deliverer {

    private static final Pattern REPLY = Pattern.compile("\\s*([2-5]\\d\\d)[ -]");

    private final SmtpProperties smtp;
    private final JavaMailSenderImpl sender;
    private final String domain;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OutboxProperties outbox;

    MailDeliverer(SmtpProperties smtp, WebhookProperties webhooks, ApplicationEventPublisher events, Clock clock,
                  OutboxProperties outbox) {
        this.events = events;
        this.clock = clock;
        this.outbox = outbox;
        this.smtp = smtp;
        this.sender = new JavaMailSenderImpl();
        this.domain = domainOf(smtp.from());
        if (smtp.configured()) {
            sender.setHost(smtp.host());
            sender.setPort(smtp.port());
            sender.setDefaultEncoding("UTF-8");
            if (smtp.user() != null && !smtp.user().isBlank()) {
                sender.setUsername(smtp.user());
                sender.setPassword(smtp.password());
            }
            Properties props = sender.getJavaMailProperties();
            props.put("mail.smtp.auth", String.valueOf(smtp.user() != null && !smtp.user().isBlank()));
            props.put("mail.smtp.starttls.enable", String.valueOf(smtp.tls()));
            props.put("mail.smtp.starttls.required", String.valueOf(smtp.tls()));
            props.put("mail.smtp.connectiontimeout", String.valueOf(webhooks.connectTimeout().toMillis()));
            props.put("mail.smtp.timeout", String.valueOf(webhooks.readTimeout().toMillis()));
            props.put("mail.smtp.writetimeout", String.valueOf(webhooks.readTimeout().toMillis()));
        }
    }

    @Override
    public String channel() {
        return Outbox.MAIL;
    }

    @Override
    public boolean ready() {
        return smtp.configured();
    }

    @Override
    public List<Outcome> deliver(List<OutboxMessage> batch) {
        List<Outcome> outcomes = new ArrayList<>();
        List<MimeMessage> built = new ArrayList<>();
        for (OutboxMessage message : batch) {
            try {
                built.add(mime(message));
                outcomes.add(Outcome.sent(250));
            } catch (MessagingException | RuntimeException broken) {
                built.add(null);
                outcomes.add(Outcome.failed(null, broken.toString()));
            }
        }
        MimeMessage[] sendable = built.stream().filter(m -> m != null).toArray(MimeMessage[]::new);
        if (sendable.length == 0) {
            return outcomes;
        }
        try {
            sender.send(sendable);
        } catch (MailSendException partly) {
            Map<Object, Exception> failed = partly.getFailedMessages();
            for (int i = 0; i < built.size(); i++) {
                Exception why = failed.get(built.get(i));
                if (why != null) {
                    outcomes.set(i, refusal(why));
                } else if (failed.isEmpty()) {
                    outcomes.set(i, Outcome.retry(null, partly.toString()));
                }
            }
        } catch (MailException unreachable) {
            return batch.stream().map(m -> Outcome.retry(null, unreachable.toString())).toList();
        }
        return outcomes;
    }

    @Override
    public void recorded(OutboxMessage message, Outcome outcome) {
        String state = switch (outcome.kind()) {
            case SENT -> "sent";
            case FAILED -> outcome.status() != null && outcome.status() >= 500 ? "bounced" : "failed";
            case RETRY -> message.attempt() >= outbox.maxAttempts() ? "failed" : "deferred";
            case PAUSED -> "deferred";
        };
        events.publishEvent(new MailOutcome(message.key(), message.recipient(), state, outcome.status(),
                outcome.detail(), OffsetDateTime.now(clock)));
    }

    /**
     * A refusal from the server: permanent (a bounce) on a 5xx reply, else to try again. The reply
     * code is read from the start of the SMTP exceptions' messages ("550 5.1.1 ..."), which is
     * what Jakarta Mail's SMTP provider puts there; its exception types are not in its API.
     */
    private static Outcome refusal(Exception why) {
        Integer code = null;
        String detail = why.getMessage();
        for (Throwable t = why; t != null && code == null; t = t instanceof MessagingException m
                && m.getNextException() != null ? m.getNextException() : t.getCause()) {
            Matcher reply = REPLY.matcher(String.valueOf(t.getMessage()));
            if (reply.lookingAt()) {
                code = Integer.valueOf(reply.group(1));
                detail = t.getMessage().trim();
            }
        }
        return code != null && code >= 500 ? Outcome.failed(code, detail) : Outcome.retry(code, detail);
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new IdentifiedMessage(sender.createMimeMessage(), "<" + message.key() + "@" + domain + ">");
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, "UTF-8");
        helper.setFrom(InternetAddress.parse(smtp.from(), true)[0]);
        helper.setTo(InternetAddress.parse(message.recipient(), true)[0]);
        helper.setSubject(message.subject() == null ? "" : message.subject());
        if (message.html() != null) {
            helper.setText(message.body(), message.html());
        } else {
            helper.setText(message.body());
        }
        if (message.headers() != null) {
            for (String line : message.headers().split("\n")) {
                int colon = line.indexOf(':');
                mime.addHeader(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        mime.setHeader("X-Herald-Idempotency-Key", message.key());
        return mime;
    }

    private static String domainOf(String from) {
        try {
            String address = InternetAddress.parse(from, true)[0].getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (MessagingException | RuntimeException invalid) {
            return "herald.invalid";
        }
    }

    /** A message whose Message-ID is ours, not a fresh one made when it is saved. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String id;

        IdentifiedMessage(MimeMessage session, String id) {
            super(session.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
