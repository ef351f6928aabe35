package org.herald.importer.recover;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import java.util.regex.Pattern;

import org.herald.i18n.Language;
import org.herald.importer.crawl.BodyBlock;
import org.herald.importer.crawl.ContactPerson;
import org.herald.importer.crawl.MarkdownWriter;
import org.herald.importer.read.RawItem;
import org.herald.people.ContactView;
import org.herald.people.NewContact;
import org.herald.people.PhoneNumbers;
import org.herald.places.CountryMatcher;
import org.springframework.stereotype.Component;

/**
 * Recovers an item's structure from a raw item: the date the source states (metadata, a
 * "Posted:" line, a date line under the title, the dateline), the dateline, the language, the
 * kind, the countries, organizations, themes and figures it names, and its contacts with phones
 * in E.164 (a number without prefix is read in the office's country). Nothing is invented: what
 * cannot be told stays null and a warning says so. Thread-safe.
 */
@Component
public class Recovery {

    private static final Pattern POSTED = Pattern.compile("^(?:posted|published|date|updated|publié le|publié"
            + "|publicado(?: el)?|fecha|опубликовано|дата)\\s*(?:on)?\\s*:?\\s*.*", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern OFFICE_WORD_BREAK = Pattern.compile("[\\s,()]+");
    private static final int DATE_LINE_MAX = 60;
    private static final int POSTED_LINE_MAX = 80;
    private static final int TITLE_MIN_WORDS = 3;
    /** How many leading blocks may come before the one that opens with the dateline. */
    private static final int DATELINE_BLOCKS = 6;
    private static final int TITLE_MAX_WORDS = 30;
    private static final int LEADING_BLOCKS = 3;
    private static final int KIND_LINE_MAX = 40;

    private final CountryMatcher countries;
    private final Vocabulary vocabulary;

    Recovery(CountryMatcher countries, Vocabulary vocabulary) {
        this.countries = countries;
        this.vocabulary = vocabulary;
    }

    /**
     * Reads the organizations, theme rules and cities afresh: a run uses the rules as they are
     * when it starts, including those the admin changed on another node since the last run.
     */
    public void startRun() {
        vocabulary.refresh();
    }

    /**
     * The figures a text in a language states, found as an import finds them: for an item that
     * does not come through an import (the seed's release).
     */
    public List<ImportRecord.FigureField> figures(String text, org.herald.i18n.Language language) {
        return FigureFinder.find(text, language, countries::mentions, vocabulary::nationality).stream()
                .map(f -> new ImportRecord.FigureField(f.country(), f.value(), f.unit(), f.qualifier(), f.text()))
                .toList();
    }

    public Recovered recover(RawItem raw) {
        List<String> warnings = new ArrayList<>(raw.warnings());
        List<BodyBlock> body = new ArrayList<>(raw.body());
        // The page's own label line ("Communiqué de presse") says more than a section or crumb trail.
        String label = takeKindLine(body);
        String kindHint = label != null ? label : raw.kindHint();
        LocalDate date = raw.date() != null ? raw.date() : takeDateLine(body);
        if (date == null) {
            date = takePostedLine(body);
        }
        ImportRecord.DatelineField dateline = null;
        Optional<BodyBlock.Paragraph> opening = datelineParagraph(body);
        Optional<Dateline.Found> found = opening.flatMap(p -> Dateline.find(p.text(), this::countryOfPlace));
        if (found.isPresent()) {
            Dateline.Found line = found.get();
            dateline = new ImportRecord.DatelineField(line.city(), line.country());
            body.set(body.indexOf(opening.get()), new BodyBlock.Paragraph(line.rest()));
            if (date == null && line.dateText() != null) {
                date = DateFinder.find(line.dateText()).map(DateFinder.Found::date).orElse(null);
                if (date == null) {
                    warnings.add("date-without-year");
                }
            }
            if (line.country() == null) {
                warnings.add("dateline-country-unknown");
            }
        }
        if (date == null && raw.title() != null && isBriefingNotes(raw.title())) {
            // A digest's title gives its day: "Press Briefing Notes, 19 February 2009".
            date = DateFinder.find(raw.title()).map(DateFinder.Found::date).orElse(null);
        }
        if (kindHint == null && raw.title() != null && isBriefingNotes(raw.title())) {
            kindHint = raw.title();
        }
        String text = plainText(raw.title(), body);
        Language language = Language.fromCode(raw.languageHint() == null ? "" : raw.languageHint().split("[-_]")[0]
                .toLowerCase(java.util.Locale.ROOT)).orElseGet(() -> LanguageGuess.guess(text));
        if (language == null) {
            warnings.add("language-unknown");
        }
        String kind = KindGuess.guess(kindHint, !raw.contacts().isEmpty());
        if (kind == null) {
            kind = date == null && dateline == null ? "page" : "news";
            warnings.add("kind-guessed");
        }
        if (date == null && !"page".equals(kind)) {
            warnings.add("date-unknown");
        }
        if (raw.title() == null) {
            warnings.add("title-missing");
        } else if (isDoubtfulTitle(raw.title())) {
            warnings.add("title-doubtful");
        }
        List<NewContact> contacts = new ArrayList<>();
        List<ImportRecord.ContactField> contactFields = new ArrayList<>();
        String datelineCountry = dateline == null ? null : dateline.country();
        for (ContactPerson person : raw.contacts()) {
            NewContact contact = contact(person, datelineCountry, warnings);
            contacts.add(contact);
            contactFields.add(new ImportRecord.ContactField(person.name(), person.office(),
                    contact.phones().stream().map(ContactView.Phone::e164).toList(), person.emails()));
        }
        List<ImportRecord.FigureField> figures = FigureFinder.find(text, language, countries::mentions,
                        vocabulary::nationality).stream()
                .map(f -> new ImportRecord.FigureField(f.country(), f.value(), f.unit(), f.qualifier(), f.text()))
                .toList();
        List<String> themes = vocabulary.themes(text).stream().sorted().toList();
        ImportRecord record = new ImportRecord(raw.source(),
                (warnings.isEmpty() ? ImportRecord.Status.IMPORTED : ImportRecord.Status.REVIEW).code(), kind,
                language == null ? null : language.code(), raw.title(), date == null ? null : date.toString(), dateline,
                countries.countries(text), vocabulary.organizations(text), contactFields, figures, themes,
                List.copyOf(new LinkedHashSet<>(warnings)), null);
        String summary = body.stream().filter(BodyBlock.Paragraph.class::isInstance).findFirst()
                .map(b -> ((BodyBlock.Paragraph) b).text()).orElse(null);
        return new Recovered(record, raw.identity(), sha256(raw.content()), summary, MarkdownWriter.toMarkdown(body),
                date, contacts);
    }

    /** A label such as "Press Release" or "Briefing Notes" standing alone before the text; removed from the body. */
    private static String takeKindLine(List<BodyBlock> body) {
        if (body.isEmpty() || body.get(0) instanceof BodyBlock.ListBlock) {
            return null;
        }
        String text = blockText(body.get(0));
        if (text.length() <= KIND_LINE_MAX && text.indexOf('\n') < 0 && KindGuess.guess(text, false) != null) {
            body.remove(0);
            return text;
        }
        return null;
    }

    /** A date standing alone, or after "Posted:", among the first blocks; the block is removed from the body. */
    private static LocalDate takeDateLine(List<BodyBlock> body) {
        for (int i = 0; i < Math.min(LEADING_BLOCKS, body.size()); i++) {
            if (body.get(i) instanceof BodyBlock.Paragraph || body.get(i) instanceof BodyBlock.Heading) {
                String text = blockText(body.get(i));
                Optional<DateFinder.Found> found = DateFinder.find(text);
                boolean alone = found.isPresent() && (POSTED.matcher(text).matches() || text.length() <= DATE_LINE_MAX);
                if (alone) {
                    body.remove(i);
                    return found.get().date();
                }
                // A date line the hard-wrap joiner glued to the paragraph after it.
                if (found.isPresent() && found.get().start() == 0 && text.length() > found.get().end()
                        && Character.isWhitespace(text.charAt(found.get().end()))) {
                    body.set(i, new BodyBlock.Paragraph(text.substring(found.get().end()).strip()));
                    return found.get().date();
                }
            }
        }
        return null;
    }

    /**
     * A title read with little confidence: one or two words (a menu entry), a sentence (the first
     * paragraph), or a line far too long for a title. Such an item goes to review with the reason.
     * Chinese and Japanese, written without spaces, are not counted in words.
     */
    static boolean isDoubtfulTitle(String title) {
        String clean = title.strip();
        if (clean.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        int words = clean.split("\\s+").length;
        return words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS || clean.endsWith(".") && words > TITLE_MIN_WORDS * 2;
    }

    /** Whether a title names a digest of briefing notes, in the words the kinds' word list has for them. */
    private static boolean isBriefingNotes(String title) {
        return "briefing-note".equals(KindGuess.guess(title, false));
    }

    /**
     * A "Posted: ..." line anywhere in the body (Drupal themes print it after the text); the block
     * is removed. A line of other words with a date in it is not taken: the date may be another's.
     */
    private static LocalDate takePostedLine(List<BodyBlock> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof BodyBlock.Paragraph p && p.text().length() <= POSTED_LINE_MAX
                    && POSTED.matcher(p.text()).matches()) {
                Optional<DateFinder.Found> found = DateFinder.find(p.text());
                if (found.isPresent()) {
                    body.remove(i);
                    return found.get().date();
                }
            }
        }
        return null;
    }

    /**
     * The paragraph whose dateline opens the text: the first of the leading paragraphs that has
     * one (a syndicated copy prints its source and date lines first), else the first paragraph.
     */
    private Optional<BodyBlock.Paragraph> datelineParagraph(List<BodyBlock> body) {
        Optional<BodyBlock.Paragraph> first = firstParagraph(body);
        if (first.isEmpty() || Dateline.find(first.get().text(), this::countryOfPlace).isPresent()) {
            return first;
        }
        return body.stream().limit(DATELINE_BLOCKS).filter(BodyBlock.Paragraph.class::isInstance)
                .map(BodyBlock.Paragraph.class::cast)
                .filter(p -> Dateline.find(p.text(), this::countryOfPlace).isPresent()).findFirst().or(() -> first);
    }

    private static Optional<BodyBlock.Paragraph> firstParagraph(List<BodyBlock> body) {
        return body.stream().limit(LEADING_BLOCKS).filter(BodyBlock.Paragraph.class::isInstance)
                .map(BodyBlock.Paragraph.class::cast).findFirst();
    }

    private String countryOfPlace(String place) {
        String city = vocabulary.countryOfCity(place);
        if (city != null) {
            return city;
        }
        List<String> named = countries.countries(place);
        return named.size() == 1 && countries.mentions(place).get(0).text().length() == place.length()
                ? named.get(0) : null;
    }

    /**
     * The directory's form of a contact. The office's country: a country its name gives, else a
     * city it names, else the country of a number written with its prefix, else the dateline's.
     */
    private NewContact contact(ContactPerson person, String datelineCountry, List<String> warnings) {
        String office = person.office();
        String city = office == null ? null : cityIn(office);
        String country = office == null ? null : countries.countries(office).stream().findFirst().orElse(null);
        if (country == null && city != null) {
            country = vocabulary.countryOfCity(city);
        }
        if (country == null) {
            country = person.phones().stream().map(p -> PhoneNumbers.toE164(p.raw(), null)).flatMap(Optional::stream)
                    .map(PhoneNumbers::region).flatMap(Optional::stream).findFirst().orElse(datelineCountry);
        }
        List<ContactView.Phone> phones = new ArrayList<>();
        for (ContactPerson.Phone phone : person.phones()) {
            Optional<String> e164 = PhoneNumbers.toE164(phone.raw(), country);
            if (e164.isPresent()) {
                phones.add(new ContactView.Phone(phone.kind(), e164.get()));
            } else {
                warnings.add("phone-invalid");
            }
        }
        String name = person.name() != null ? person.name() : office;
        return new NewContact(name, null, office, city, country, phones, person.emails());
    }

    /** The city an office's name gives ("IOM Minsk" → "Minsk"), if the vocabulary knows it. */
    private String cityIn(String office) {
        String[] words = OFFICE_WORD_BREAK.split(office);
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length && vocabulary.countryOfCity(words[i] + " " + words[i + 1]) != null) {
                return words[i] + " " + words[i + 1];
            }
            if (vocabulary.countryOfCity(words[i]) != null) {
                return words[i];
            }
        }
        return null;
    }

    private static String plainText(String title, List<BodyBlock> body) {
        StringBuilder text = new StringBuilder(title == null ? "" : title);
        body.forEach(block -> text.append("\n").append(blockText(block)));
        return text.toString();
    }

    private static String blockText(BodyBlock block) {
        if (block instanceof BodyBlock.Paragraph p) {
            return p.text();
        }
        if (block instanceof BodyBlock.Quote q) {
            return q.text();
        }
        if (block instanceof BodyBlock.Heading h) {
            return h.text();
        }
        return String.join("\n", ((BodyBlock.ListBlock) block).items());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key an item is stored under: SHA-256 of its identity. */
    public static String sourceKey(String identity) {
        return sha256(identity);
    }

}
