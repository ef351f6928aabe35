package org.herald.outbox;

import java.util.Map;

/**
 * A mail to send: to one address, in one language, as text and HTML (no remote images: the HTML
 * is the caller's, made from Herald's own templates). {@code headers} are extra headers such as
 * {@code List-Unsubscribe}.
 *
 * @param to      the recipient's address
 * @param name    the recipient's name, or null
 * @param subject the subject line
 * @param text    the plain-text part
 * @param html    the HTML part, or null for text only
 * @param headers extra headers, in order
 */
public record Mail(String to, String name, String subject, String text, String html, Map<String, String> headers) {

    public Mail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
