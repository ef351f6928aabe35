package org.herald.importer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.herald.importer.crawl.BodyBlock;
import org.herald.importer.crawl.ContactPerson;
import org.herald.importer.crawl.CrawledPage;
import org.herald.importer.crawl.CrawledTextParser;
import org.herald.importer.crawl.MarkdownWriter;
import org.herald.importer.crawl.NavigationEntry;
import org.herald.importer.crawl.ProfileFacts;
import org.herald.importer.recover.AgreementFinder;
import org.herald.importer.recover.Vocabulary;
import org.herald.organization.Fact;
import org.herald.organization.OrganizationProfile;
import org.herald.partners.AgreementKind;
import org.herald.partners.AgreementStatus;
import org.herald.partners.Announcement;
import org.herald.partners.RecordAnnouncement;
import org.herald.people.ContactView;
import org.herald.people.Directory;
import org.herald.people.NewContact;
import org.herald.people.PhoneNumbers;
import org.herald.places.CountryMatcher;
import org.herald.site.Menu;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the seed's crawled page into Herald's content, in one transaction: the menu's sections
 * with their pages, the organization's profile, the press release with its countries, and its
 * media contact. Everything comes from parsing the file; nothing is typed in by hand.
 */
@Component
class SeedImport {

    private static final String LOADED = "seed.loaded";
    /**
     * Sections whose page shows more than its own text. Matched on the label the seed gives;
     * every other section is a plain page an editor can change later.
     */
    private static final Map<String, PageLayout> LAYOUTS = Map.of(
            "who we are", PageLayout.PROFILE,
            "where we work", PageLayout.COUNTRIES,
            "highlights", PageLayout.NEWS,
            "2030 agenda", PageLayout.GOALS,
            "what we do", PageLayout.THEMES,
            "partnerships", PageLayout.PARTNERS,
            "data and research", PageLayout.DATA,
            "work with us", PageLayout.VACANCIES);
    /**
     * The demo's tagging of the press release, written by the Herald team (the seed has none): a
     * memorandum on migration between states is about SDG target 10.7, orderly, safe, regular and
     * responsible migration. Given as the editor's goals field is typed.
     */
    private static final Map<String, String> RELEASE_GOALS = Map.of("goals", "10.7");

    private final JdbcClient jdbc;
    private final SaveContent save;
    private final PublishContent publish;
    private final EditorialContent content;
    private final Menu menu;
    private final OrganizationProfile profile;
    private final Directory directory;
    private final CountryMatcher countries;
    private final Clock clock;
    private final DemoTranslations demoTranslations;
    private final Vocabulary vocabulary;
    private final DemoPresence demoPresence;
    private final SeedFigures seedFigures;
    private final RecordAnnouncement announcements;
    private final DemoFrame demoFrame;
    private final DemoDatasets demoDatasets;
    private final DemoPictures demoPictures;
    private final DemoVacancy demoVacancy;
    private final DemoForms demoForms;

    SeedImport(JdbcClient jdbc, SaveContent save, PublishContent publish, EditorialContent content, Menu menu,
               OrganizationProfile profile, Directory directory, CountryMatcher countries, Clock clock,
               DemoTranslations demoTranslations, Vocabulary vocabulary, DemoPresence demoPresence,
               SeedFigures seedFigures, RecordAnnouncement announcements, DemoFrame demoFrame, DemoDatasets demoDatasets,
               DemoPictures demoPictures, DemoVacancy demoVacancy, DemoForms demoForms) {
        this.demoForms = demoForms;
        this.demoVacancy = demoVacancy;
        this.seedFigures = seedFigures;
        this.announcements = announcements;
        this.demoFrame = demoFrame;
        this.demoDatasets = demoDatasets;
        this.demoPictures = demoPictures;
        this.vocabulary = vocabulary;
        this.demoPresence = demoPresence;
        this.jdbc = jdbc;
        this.save = save;
        this.publish = publish;
        this.content = content;
        this.menu = menu;
        this.profile = profile;
        this.directory = directory;
        this.countries = countries;
        this.clock = clock;
        this.demoTranslations = demoTranslations;
    }

    boolean alreadyLoaded() {
        return jdbc.sql("SELECT COUNT(*) FROM herald_setting WHERE setting_key = :key").param("key", LOADED)
                .query(Integer.class).single() > 0;
    }

    /** Loads the seed unless another start (here or on another node) already did; true when loaded. */
    @Transactional
    public boolean load(String text, String source) {
        try {
            jdbc.sql("INSERT INTO herald_setting (setting_key, setting_value, updated_at) VALUES (:key, :value, :at)")
                    .param("key", LOADED).param("value", source).param("at", OffsetDateTime.now(clock)).update();
        } catch (DuplicateKeyException anotherStartLoadedIt) {
            return false;
        }
        Actor seed = Actor.system("seed");
        CrawledPage page = new CrawledTextParser().parse(text);
        String acronym = loadProfile(page, source);
        for (NavigationEntry entry : page.navigation()) {
            addSection(seed, entry);
        }
        long release = addPressRelease(seed, page, acronym);
        demoTranslations.add(seed, release);
        demoPresence.add(seed);
        demoFrame.addLegalPages(seed);
        demoPictures.pin(seed, release);
        demoDatasets.add(seed);
        demoVacancy.add(seed);
        demoForms.add(seed);
        return true;
    }

    /** Records the facts stated in the section teasers; returns the organization's acronym, if stated. */
    private String loadProfile(CrawledPage page, String source) {
        String acronym = null;
        for (NavigationEntry entry : page.navigation()) {
            if (entry.teaser() == null) {
                continue;
            }
            for (ProfileFacts.Fact fact : ProfileFacts.extract(entry.teaser())) {
                if (profile.find(fact.key()).isPresent()) {
                    continue;
                }
                profile.record(new Fact(fact.key(), fact.number(), fact.value(), null, fact.statement(), source,
                        fact.value() == null ? null : "en"));
                if (fact.key().equals("acronym")) {
                    acronym = fact.value();
                }
            }
        }
        return acronym;
    }

    private void addSection(Actor seed, NavigationEntry entry) {
        String teaser = entry.teaser();
        String body = teaser == null ? "" : MarkdownWriter.toMarkdown(List.of(new BodyBlock.Paragraph(teaser)));
        PageLayout layout = LAYOUTS.getOrDefault(entry.label().toLowerCase(Locale.ROOT), PageLayout.STANDARD);
        ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.EN, entry.label(), null, teaser, body,
                null, false, null, null, null, layout, false, List.of(), List.of())
                .withBlocks(demoFrame.blocksOf(org.herald.content.Slugs.slugify(entry.label())));
        long id = save.create(seed, draft, null);
        publish.publish(seed, id);
        UUID group = content.get(id).translationGroup();
        menu.add(seed, group, Language.EN, entry.label());
    }

    private long addPressRelease(Actor seed, CrawledPage page, String acronym) {
        String body = MarkdownWriter.toMarkdown(page.body());
        // Blocks a blank line apart, so that the agreement finder reads the title as a sentence of its own.
        String plainText = page.title() + "\n\n" + page.body().stream().map(SeedImport::text)
                .reduce("", (a, b) -> a + "\n\n" + b);
        List<Long> contacts = new ArrayList<>();
        for (ContactPerson person : page.contacts()) {
            contacts.add(directory.findOrCreate(contact(person, acronym)));
        }
        String summary = page.body().stream().filter(BodyBlock.Paragraph.class::isInstance).findFirst()
                .map(SeedImport::text).orElse(null);
        ContentDraft draft = new ContentDraft(ContentType.ARTICLE, ArticleKind.PRESS_RELEASE, Language.EN, page.title(),
                null, summary, body, null, false, null, null, null, PageLayout.STANDARD, true,
                countries.countries(plainText), contacts)
                // Its themes and the organizations it mentions, by the import's rules, as an imported release gets them.
                .withTags(vocabulary.themes(plainText).stream().sorted().toList(),
                        vocabulary.organizations(plainText).stream().map(ImportItem::tagCode).toList())
                // The seed has no photograph: a drawn picture, marked as a demonstration.
                .withImage(demoPictures.release(seed));
        long id = save.create(seed, draft, null, RELEASE_GOALS);
        publish.publish(seed, id);
        seedFigures.add(id, plainText);
        recordAgreements(seed, plainText, acronym, content.get(id).translationGroup());
        return id;
    }

    /**
     * The agreements the release announces, read from its text, with the states it says take part
     * in the partners; each linked to the release.
     */
    private void recordAgreements(Actor seed, String plainText, String acronym, UUID release) {
        List<String> ownNames = new ArrayList<>();
        if (acronym != null) {
            ownNames.add(acronym);
        }
        profile.find("name").map(Fact::text).ifPresent(ownNames::add);
        AgreementFinder.Reading reading = new AgreementFinder(ownNames, vocabulary::organizationMentions,
                countries::countries, vocabulary::isCity).read(plainText);
        for (AgreementFinder.Found found : reading.agreements()) {
            announcements.record(seed, new Announcement(AgreementKind.valueOf(found.kind()),
                    AgreementStatus.valueOf(found.status()),
                    found.parties().stream().map(party -> new Announcement.AnnouncedParty(party.acronym(),
                            party.signatory(), party.title())).toList(),
                    found.place(), found.countries(), reading.members(), release));
        }
    }

    /**
     * The directory's form of a contact: phones in E.164, the office's country from the phones'
     * country code (a number written with its "+" prefix says where it rings), the city from
     * the office's name ("IOM Minsk" → Minsk).
     */
    private static NewContact contact(ContactPerson person, String acronym) {
        List<ContactView.Phone> phones = new ArrayList<>();
        for (ContactPerson.Phone phone : person.phones()) {
            PhoneNumbers.toE164(phone.raw(), null).ifPresent(e164 -> phones.add(new ContactView.Phone(phone.kind(), e164)));
        }
        String country = phones.stream().map(p -> PhoneNumbers.region(p.e164())).flatMap(Optional::stream)
                .findFirst().orElse(null);
        String office = person.office();
        String city = office != null && acronym != null && office.startsWith(acronym + " ")
                ? office.substring(acronym.length() + 1).trim() : null;
        return new NewContact(person.name(), null, office, city, country, phones, person.emails());
    }

    private static String text(BodyBlock block) {
        if (block instanceof BodyBlock.Paragraph paragraph) {
            return paragraph.text();
        }
        if (block instanceof BodyBlock.Quote quote) {
            return quote.text();
        }
        if (block instanceof BodyBlock.Heading heading) {
            return heading.text();
        }
        return String.join("\n", ((BodyBlock.ListBlock) block).items());
    }
}
