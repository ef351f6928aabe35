package org.herald.importer.crawl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the media contacts that close a press release, from the "For more information please
 * contact:" line to the end. A person is a name line, optionally an office line, then labelled
 * phones and emails, the value on the label's line or the next. The compact form
 * "Name, Office, Tel: ..., Email: ..." reads the same once the line is cut before its labels.
 * A new name line, after a blank line or after the previous person's details, starts the next
 * person.
 */
final class ContactReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HEADER = Pattern.compile("^(?:for (?:more|further) information,?(?: please)?,?"
            + " contact\\b|media contacts?(?=\\s*(?::|$))|contacts?(?=\\s*:)"
            + "|pour (?:plus d'|de plus amples )informations?,?(?: veuillez)? contacter|contacts? (?:presse|médias)"
            + "|para (?:más|mayor) información,?(?: por favor)?,? (?:contacte|contactar|póngase en contacto)(?: con| a)?"
            + "|contactos? (?:de prensa|para los medios)"
            + "|(?:для|за) (?:получения )?(?:дополнительной )?информаци(?:и|ей),? (?:просьба )?обращ[\\p{L}]*(?: к)?"
            + "|контакты(?: для (?:прессы|сми))?(?=\\s*(?::|$))|" + ContactGrammar.OPENINGS + ")\\s*:?\\s*(.*)$", FLAGS);
    private static final Pattern LABEL_SPLIT =
            Pattern.compile("(?:\\s*[,;|،]\\s*|\\s+)(?=" + ContactLabel.WORDS + ContactLabel.END + "\\s*[.:])", FLAGS);
    private static final Pattern STARTS_WITH_LABEL = Pattern.compile("^" + ContactLabel.WORDS + ContactLabel.END + ".*", FLAGS);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{L}\\p{M}'’.-]+){1,3}$");
    private static final Pattern COMMA = Pattern.compile("\\s*[,;،]\\s*");
    /** A name in a script without capitals (Arabic): two to four words. */
    private static final Pattern UNCASED_NAME = Pattern.compile("^\\p{Lo}[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+){1,3}$");
    private static final Pattern PHONE_LIKE = Pattern.compile("^[+(]?\\d[\\d\\s().\\-/]{5,}$");
    private static final Pattern PHONE_START = Pattern.compile("^[+(]?\\d.*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");

    private final List<ContactPerson> people = new ArrayList<>();
    private Draft current;
    private ContactLabel pending;
    private boolean afterBlank;

    private ContactReader() {
    }

    /** Index of the contact block's opening line at or after {@code from}, or the line count. */
    static int findStart(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (HEADER.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** Reads a block that starts with its opening line, as found by {@link #findStart}. */
    static List<ContactPerson> read(List<String> block) {
        if (block.isEmpty()) {
            return List.of();
        }
        ContactReader reader = new ContactReader();
        Matcher header = HEADER.matcher(block.get(0));
        reader.accept(header.matches() ? header.group(1) : block.get(0));
        block.subList(1, block.size()).forEach(reader::accept);
        if (reader.current != null) {
            reader.finishPerson();
        }
        // A name with no way to reach it, next to people with phones or emails, is page furniture
        // ("Share this page") read as a name; alone it is all the block gives, so it stays.
        boolean anyReachable = reader.people.stream().anyMatch(ContactReader::reachable);
        return reader.people.stream().filter(person -> !anyReachable || reachable(person)).toList();
    }

    private void accept(String line) {
        if (line.isEmpty()) {
            afterBlank = true;
            return;
        }
        pieces(line).forEach(this::acceptSegment);
        afterBlank = false;
    }

    /**
     * The line cut before each label ("..., Tel: ...") and, when unlabelled details are listed
     * with commas ("Jane Doe, jdoe@iom.int, +41 ..."), at those commas too.
     */
    private static List<String> pieces(String line) {
        List<String> people = people(line);
        if (people.size() > 1) {
            List<String> all = new ArrayList<>();
            people.forEach(one -> all.addAll(pieces(one)));
            return all;
        }
        List<String> pieces = new ArrayList<>();
        // A label to cut before is followed by "." or ":"; a line with neither is one segment.
        String[] segments = line.indexOf(':') < 0 && line.indexOf('.') < 0 ? new String[] {line}
                : LABEL_SPLIT.split(line);
        for (String segment : segments) {
            List<String> parts = Arrays.asList(COMMA.split(segment));
            boolean listsDetails = ContactLabel.at(segment).isEmpty() && parts.size() > 1 && parts.stream()
                    .anyMatch(part -> !EmailAddresses.in(part).isEmpty() || PHONE_LIKE.matcher(part).matches());
            pieces.addAll(listsDetails ? parts : List.of(segment));
        }
        pieces.removeIf(String::isBlank);
        return pieces;
    }

    /**
     * The line cut where a second person starts: "... Email: a@iom.int or B at OFFICE" (the
     * grammar's joiners), only after the first one's details, so "IOM Geneva and Bern" stays whole.
     */
    private static List<String> people(String line) {
        Matcher or = ContactGrammar.OR.matcher(line);
        List<String> people = new ArrayList<>();
        int start = 0;
        while (or.find()) {
            String before = line.substring(start, or.start());
            if (before.indexOf('@') >= 0 || before.chars().anyMatch(Character::isDigit)) {
                people.add(before);
                start = or.end();
            }
        }
        if (start == 0) {
            return List.of(line);
        }
        people.add(line.substring(start));
        return people;
    }

    private void acceptSegment(String segment) {
        var labelled = ContactLabel.at(segment);
        if (labelled.isPresent()) {
            pending = null;
            if (labelled.get().value().isEmpty()) {
                pending = labelled.get().label();
            } else {
                acceptValue(labelled.get().label(), labelled.get().value());
            }
            return;
        }
        boolean tookPending = pending != null && acceptValue(pending, segment);
        pending = null;
        if (tookPending) {
            return;
        }
        Set<String> emails = EmailAddresses.in(segment);
        if (!emails.isEmpty()) {
            draft().emails.addAll(emails);
        } else if (PHONE_LIKE.matcher(segment).matches()) {
            draft().addPhone(ContactLabel.TEL.phoneKind(), cleanPhone(segment));
        } else {
            acceptText(segment);
        }
    }

    /** Files the value under the label; false when it is no value of that kind. */
    private boolean acceptValue(ContactLabel label, String value) {
        if (label == ContactLabel.EMAIL) {
            Set<String> emails = EmailAddresses.in(value);
            if (emails.isEmpty()) {
                return false;
            }
            draft().emails.addAll(emails);
            return true;
        }
        if (!PHONE_START.matcher(value).matches()) {
            return false;
        }
        draft().addPhone(label.phoneKind(), cleanPhone(value));
        return true;
    }

    private void acceptText(String text) {
        NameAndOffice person = nameAndOffice(text);
        if (person != null && (current == null || current.hasDetails() || afterBlank)) {
            startPerson(person.name(), person.office());
        } else if (current == null) {
            startPerson(null, text);
        } else if (!current.hasDetails()) {
            current.addOffice(text);
        }
        // Text after a person's phones and emails is page furniture (share links, footers).
    }

    /** A name line, possibly followed by the office after a comma. */
    private record NameAndOffice(String name, String office) {
    }

    /** The name and office when the text opens with a person's name, else null. */
    private static NameAndOffice nameAndOffice(String text) {
        if (isName(text)) {
            return new NameAndOffice(text, null);
        }
        int comma = text.indexOf(',');
        if (comma > 0 && isName(text.substring(0, comma).strip())) {
            String office = text.substring(comma + 1).strip();
            return new NameAndOffice(text.substring(0, comma).strip(), office.isEmpty() ? null : office);
        }
        // "Jane Doe at IOM Geneva", "Jean Dupont à l'OIM Dakar", "ليلى حداد في مكتب ...": the grammar's connectors.
        Matcher at = ContactGrammar.AT.matcher(text);
        while (at.find()) {
            String name = text.substring(0, at.start()).strip();
            if (isName(name) || UNCASED_NAME.matcher(name).matches() && !ContactGrammar.OFFICE.matcher(name).find()) {
                return new NameAndOffice(name, text.substring(at.end()).strip());
            }
        }
        return null;
    }

    private static boolean isName(String text) {
        return NAME.matcher(text).matches() && !STARTS_WITH_LABEL.matcher(text).matches()
                && !ContactGrammar.OFFICE.matcher(text).find();
    }

    private static boolean reachable(ContactPerson person) {
        return !person.phones().isEmpty() || !person.emails().isEmpty();
    }

    private static String cleanPhone(String value) {
        return TRAILING_PUNCTUATION.matcher(value).replaceAll("");
    }

    private Draft draft() {
        if (current == null) {
            current = new Draft(null, null);
        }
        return current;
    }

    private void startPerson(String name, String office) {
        if (current != null) {
            finishPerson();
        }
        current = new Draft(name, office);
    }

    private void finishPerson() {
        if (current.name != null || current.office != null || current.hasDetails()) {
            people.add(new ContactPerson(current.name, current.office, current.phones, List.copyOf(current.emails)));
        }
        current = null;
    }

    /** A person being read. */
    private static final class Draft {
        private final String name;
        private String office;
        private final List<ContactPerson.Phone> phones = new ArrayList<>();
        private final Set<String> emails = new LinkedHashSet<>();

        Draft(String name, String office) {
            this.name = name;
            this.office = office;
        }

        void addOffice(String line) {
            office = office == null ? line : office + ", " + line;
        }

        void addPhone(String kind, String raw) {
            ContactPerson.Phone phone = new ContactPerson.Phone(kind, raw);
            if (!phones.contains(phone)) {
                phones.add(phone);
            }
        }

        boolean hasDetails() {
            return !phones.isEmpty() || !emails.isEmpty();
        }
    }
}
