package org.herald.importer.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 25: the site's chrome is passed over to find the title (learned from a batch, or told by
 * the word list and the lines' shape on one page), and contacts written in a sentence are read by
 * the contact grammar in several languages.
 */
class ChromeAndContactGrammarTests {

    private final CrawledTextParser parser = new CrawledTextParser();

    private static String page(String title, String sentence) {
        return """
                Skip to main content
                Our sites
                Newsroom
                Latest Statements
                %s
                %s
                """.formatted(title, sentence);
    }

    @Test
    void linesRepeatedAtTheTopOfABatchsPagesAreChromeAndTheTitleComesAfterThem() {
        List<String> batch = List.of(
                page("Winter Aid Reaches Families in the Mountains", "KABUL – Blankets were handed out today."),
                page("New Clinic Opens Near the Border Crossing", "DHAKA – The clinic will see 200 patients a day."),
                page("Ministers Agree on a Joint Labour Plan", "VIENNA – The plan was signed today."));
        PageChrome chrome = PageChrome.learn(batch);

        assertThat(batch).extracting(text -> parser.parse(text, chrome).title()).containsExactly(
                "Winter Aid Reaches Families in the Mountains", "New Clinic Opens Near the Border Crossing",
                "Ministers Agree on a Joint Labour Plan");
        assertThat(chrome.isRepeated("Latest Statements")).isTrue();
        assertThat(chrome.isRepeated("Winter Aid Reaches Families in the Mountains")).isFalse();
    }

    @Test
    void copiesOfOnePageInABatchDoNotMakeItsShortTitleChrome() {
        String story = page("A New Life in Tajikistan", "DUSHANBE – The family arrived in spring.");
        List<String> batch = java.util.Collections.nCopies(5, story);
        PageChrome chrome = PageChrome.learn(batch);
        assertThat(chrome.isRepeated("A New Life in Tajikistan")).as("five copies are one page").isFalse();
        assertThat(parser.parse(story, chrome).title()).isEqualTo("A New Life in Tajikistan");
    }

    @Test
    void onOnePageTheWordListAndTheShapeOfMenuLinesTellTheChromeAndADateLineBeforeTheTitleOpensTheBody() {
        CrawledPage page = parser.parse("""
                Subscribe to this feed
                Updated 3 years ago
                Home | About | Contact
                Posted: Tuesday, March 15, 2011 - 14:32
                Press Release
                Floods Displace Thousands in the River Valley
                GENEVA – Heavy rains forced families from their homes this week.
                """);

        assertThat(page.title()).isEqualTo("Floods Displace Thousands in the River Valley");
        assertThat(page.body()).extracting(block -> block instanceof BodyBlock.Heading h ? h.text()
                : ((BodyBlock.Paragraph) block).text()).containsExactly(
                "Press Release", "Posted: Tuesday, March 15, 2011 - 14:32",
                "GENEVA – Heavy rains forced families from their homes this week.");
    }

    @Test
    void twoPeopleInOneSentenceAreTwoContactsWithTheirOffices() {
        CrawledPage page = parser.parse("""
                A Title of Some Length for the Page
                GENEVA – Text of the release.
                For more information please contact Jane Roe at IOM Vienna, Tel: +43 1 581 2222, Email: jroe@iom.int \
                or John Poe at IOM Brussels, Tel: +32 2 287 70 00, Email: jpoe@iom.int
                """);

        assertThat(page.contacts()).extracting(ContactPerson::name, ContactPerson::office, ContactPerson::emails)
                .containsExactly(tuple("Jane Roe", "IOM Vienna", List.of("jroe@iom.int")),
                        tuple("John Poe", "IOM Brussels", List.of("jpoe@iom.int")));
    }

    @Test
    void theFrenchSpanishAndArabicFormsAndASharedMailboxAreReadByTheGrammar() {
        assertThat(contactOf("Pour plus d'informations, veuillez contacter Marie Lenoir à l'OIM Niamey, "
                + "Tél. : +227 20 75 20 20, Courriel : mlenoir@iom.int"))
                .isEqualTo(tuple("Marie Lenoir", "OIM Niamey", List.of("mlenoir@iom.int")));
        assertThat(contactOf("Para más información, por favor contactar a Pablo Ríos en la OIM Quito, "
                + "Tel: +593 2 299 4000, Correo electrónico: prios@iom.int"))
                .isEqualTo(tuple("Pablo Ríos", "OIM Quito", List.of("prios@iom.int")));
        assertThat(contactOf("للمزيد من المعلومات، يرجى الاتصال بـسلمى ناصر في مكتب المنظمة في بيروت، "
                + "هاتف: +961 1 752 100، البريد الإلكتروني: snasser@iom.int"))
                .isEqualTo(tuple("سلمى ناصر", "مكتب المنظمة في بيروت", List.of("snasser@iom.int")));
        assertThat(contactOf("Media enquiries: IOM Press Office, Email: press@iom.int"))
                .isEqualTo(tuple(null, "IOM Press Office", List.of("press@iom.int")));
    }

    private org.assertj.core.groups.Tuple contactOf(String line) {
        CrawledPage page = parser.parse("A Title of Some Length for the Page\nGENEVA – Text.\n" + line + "\n");
        assertThat(page.contacts()).hasSize(1);
        ContactPerson person = page.contacts().get(0);
        return tuple(person.name(), person.office(), person.emails());
    }
}
