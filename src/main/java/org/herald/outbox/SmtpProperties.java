package org.herald.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server mail is handed to. With no host (the embedded default) mail stays in the
 * outbox and shows in the development mailbox ({@code /admin/outbox/mailbox}).
 *
 * @param host     the server's host name; none means no mail leaves
 * @param port     its port
 * @param user     the user to authenticate as; none for no authentication
 * @param password that user's password
 * @param from     the sender's address (and name: {@code Herald <news@example.org>})
 * @param tls      whether to require STARTTLS
 */
@ConfigurationProperties("herald.smtp")
public record SmtpProperties(String host, @DefaultValue("25") int port, String user, String password,
                             @DefaultValue("Herald <herald@localhost>") String from,
                             @DefaultValue("false") boolean tls) {

    /** Whether a server is configured. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
