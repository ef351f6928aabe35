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

    /** The labels in English, French, Spanish and Russian, longest forms first. */
    static final String WORDS = "(?:telephone|téléphone|teléfono|телефон|tel|tél|тел|phone|mobile(?:\\s*phone)?"
            + "|portable|móvil|celular|мобильный|моб|mob|cell(?:\\s*phone)?|télécopie|fax|факс|whatsapp"
            + "|e-?mail|courriel|correo(?:\\s*electrónico)?|эл\\.?\\s*почта|e-?почта)";
    /** The end of a label word; Java's \\b would not see the end of "тел". */
    static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern AT_START = Pattern.compile(
            "^(" + WORDS + ")" + END + "\\s*([.:]*)\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The letters the label words start with: a line starting otherwise needs no match. */
    private static final String FIRST_LETTERS = "tpmcfweтмфэ";

    private static final Pattern NUMBER_START = Pattern.compile("^[+(\\d].*");

    private final String phoneKind;

    ContactLabel(String phoneKind) {
        this.phoneKind = phoneKind;
    }

    /** The {@link ContactPerson.Phone} kind, or null for the email label. */
    String phoneKind() {
        return phoneKind;
    }

    static Optional<Labelled> at(String line) {
        if (line.isEmpty() || FIRST_LETTERS.indexOf(Character.toLowerCase(line.charAt(0))) < 0) {
            return Optional.empty();
        }
        Matcher matcher = AT_START.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        ContactLabel label = of(matcher.group(1).toLowerCase(Locale.ROOT));
        String value = matcher.group(3);
        // "Tel Aviv Office" is not a label: without "." or ":" the value must look the part.
        boolean plausible = !matcher.group(2).isEmpty() || value.isEmpty()
                || (label == EMAIL ? value.contains("@") : NUMBER_START.matcher(value).matches());
        return plausible ? Optional.of(new Labelled(label, value)) : Optional.empty();
    }

    private static ContactLabel of(String word) {
        if (word.startsWith("mob") || word.startsWith("cell") || word.startsWith("моб") || word.equals("portable")
                || word.equals("móvil") || word.equals("celular")) {
            return MOBILE;
        }
        if (word.contains("mail") || word.equals("courriel") || word.startsWith("correo") || word.contains("почта")) {
            return EMAIL;
        }
        return switch (word) {
            case "fax", "факс", "télécopie" -> FAX;
            case "whatsapp" -> WHATSAPP;
            default -> TEL;
        };
    }
}
