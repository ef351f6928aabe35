package org.herald.importer.crawl;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels that introduce a phone number or an email in a contact block. */
enum ContactLabel {
    TEL("tel"), MOBILE("mobile"), FAX("fax"), WHATSAPP("whatsapp"), EMAIL(null);

    /** A label found at the start of a line, with whatever follows it there (maybe empty). */
    record Labelled(ContactLabel label, String value) {
    }

    static final String WORDS =
            "(?:telephone|tel|phone|mobile(?:\\s*phone)?|mob|cell(?:\\s*phone)?|fax|whatsapp|e-?mail)";
    private static final Pattern AT_START = Pattern.compile(
            "^(" + WORDS + ")\\b\\s*([.:]*)\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private final String phoneKind;

    ContactLabel(String phoneKind) {
        this.phoneKind = phoneKind;
    }

    /** The {@link ContactPerson.Phone} kind, or null for the email label. */
    String phoneKind() {
        return phoneKind;
    }

    static Optional<Labelled> at(String line) {
        Matcher matcher = AT_START.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        ContactLabel label = of(matcher.group(1).toLowerCase(Locale.ROOT));
        String value = matcher.group(3);
        // "Tel Aviv Office" is not a label: without "." or ":" the value must look the part.
        boolean plausible = !matcher.group(2).isEmpty() || value.isEmpty()
                || (label == EMAIL ? value.contains("@") : value.matches("^[+(\\d].*"));
        return plausible ? Optional.of(new Labelled(label, value)) : Optional.empty();
    }

    private static ContactLabel of(String word) {
        if (word.startsWith("mob") || word.startsWith("cell")) {
            return MOBILE;
        }
        if (word.contains("mail")) {
            return EMAIL;
        }
        return switch (word) {
            case "fax" -> FAX;
            case "whatsapp" -> WHATSAPP;
            default -> TEL;
        };
    }
}
