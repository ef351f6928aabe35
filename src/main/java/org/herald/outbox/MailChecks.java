package org.herald.outbox;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * What a mail must be before it is stored: a valid address (Jakarta Mail's strict parse, one
 * plain address, no name or group), and no CR or LF in anything that becomes a header, which
 * would let a visitor's input add headers (header injection).
 */
public final class MailChecks {

    private MailChecks() {
    }

    /**
     * The address, trimmed, when it is one valid address.
     *
     * @throws MailRefusedException when it is not
     */
    public static String address(String raw) {
        String address = raw == null ? "" : raw.trim();
        if (address.isEmpty() || address.length() > 254 || hasLineBreak(address)) {
            throw new MailRefusedException("outbox.error.address", address);
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address) || !address.contains("@")
                    || address.substring(address.indexOf('@') + 1).indexOf('.') < 1) {
                throw new MailRefusedException("outbox.error.address", address);
            }
            return address;
        } catch (AddressException invalid) {
            throw new MailRefusedException("outbox.error.address", address);
        }
    }

    /**
     * The text, when it has no line break; for names, subjects and header values.
     *
     * @throws MailRefusedException when it has one
     */
    public static String headerText(String text) {
        if (text != null && hasLineBreak(text)) {
            throw new MailRefusedException("outbox.error.header", text.replaceAll("[\\r\\n]", "⏎"));
        }
        return text;
    }

    static void check(Mail mail) {
        address(mail.to());
        headerText(mail.name());
        headerText(mail.subject());
        mail.headers().forEach((name, value) -> {
            headerText(name);
            headerText(value);
        });
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\u0085') >= 0
                || text.indexOf('\u2028') >= 0;
    }
}
