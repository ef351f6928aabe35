package org.herald.importer.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.herald.importer.crawl.BodyBlock.Heading;
import org.herald.importer.crawl.BodyBlock.ListBlock;
import org.herald.importer.crawl.BodyBlock.Paragraph;
import org.herald.importer.crawl.BodyBlock.Quote;
import org.herald.importer.crawl.ContactPerson.Phone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CrawledTextParserTests {

    private final CrawledTextParser parser = new CrawledTextParser();

    @Nested
    class TheSeedPage {

        private final CrawledPage page = parser.parse(seedPage());

        @Test
        void readsTheMenuInOrderWithTheTwoTeasers() {
            assertThat(page.navigation()).extracting(NavigationEntry::label).containsExactly(
                    "Who we are", "Our Work", "What We Do", "Partnerships", "Highlights", "Where we work",
                    "Take Action", "Work with us", "Get involved", "Data and Research", "2030 Agenda");
            assertThat(page.navigation().get(0).teaser()).startsWith(
                    "The International Organization for Migration (IOM) is part of the United Nations System");
            assertThat(page.navigation().get(1).teaser()).startsWith("As the leading inter-governmental organization");
            assertThat(page.navigation().subList(2, 11)).extracting(NavigationEntry::teaser).containsOnlyNulls();
        }

        @Test
        void readsTheTitle() {
            assertThat(page.title()).isEqualTo("IOM to Sign MoU with Commonwealth of Independent States");
        }

        @Test
        void rejoinsTheHardWrappedBodyIntoSixParagraphsWithTheQuoteFifth() {
            assertThat(page.body()).hasSize(6);
            assertThat(page.body()).filteredOn(block -> block instanceof Heading || block instanceof ListBlock).isEmpty();
            assertThat(page.body().get(0)).isEqualTo(new Paragraph("IOM Director General Brunson McKinley and "
                    + "Commonwealth of Independent States (CIS) Executive Secretary Sergei Lebedev will today sign a "
                    + "Memorandum of Understanding (MoU) pledging closer cooperation between the two organizations."));
            assertThat(page.body().get(4)).isInstanceOf(Quote.class);
            assertThat(((Quote) page.body().get(4)).text())
                    .startsWith("\"This agreement recognizes the growing importance of regional cooperation")
                    .endsWith("within the CIS framework,\" said Director General McKinley.");
            assertThat(page.body().get(5)).isEqualTo(new Paragraph("The MoU calls for regular information "
                    + "exchange and technical cooperation, including joint workshops to address areas including "
                    + "irregular migration, trafficking in human beings, cross-border cooperation and improved "
                    + "travel documentation, including the use of biometrics, as well as other migration "
                    + "management issues."));
        }

        @Test
        void keepsTheMenuOutOfTheBody() {
            assertThat(page.body()).allSatisfy(block -> assertThat(block.toString())
                    .doesNotContain("Take Action", "Get involved", "For more information"));
        }

        @Test
        void readsTheContactAndRepairsTheBrokenMailto() {
            assertThat(page.contacts()).containsExactly(new ContactPerson("Galina Desyatova", "IOM Minsk",
                    List.of(new Phone("tel", "+375.172882742")), List.of("gdesyatova@iom.org.by")));
        }
    }

    @Test
    void takesTheFirstLineAsTitleWhenThereIsNoMenu() {
        CrawledPage page = parser.parse("""

                Migrants Stranded in the Desert Rescued
                IOM teams rescued 120 migrants stranded near the border on Monday.
                """);

        assertThat(page.navigation()).isEmpty();
        assertThat(page.title()).isEqualTo("Migrants Stranded in the Desert Rescued");
        assertThat(page.body()).containsExactly(
                new Paragraph("IOM teams rescued 120 migrants stranded near the border on Monday."));
        assertThat(page.contacts()).isEmpty();
    }

    @Test
    void doesNotTakeATitleRepeatedInTheFirstSentenceForAMenuEntry() {
        CrawledPage page = parser.parse("""
                Migration Data Portal
                Migration Data Portal launched today in Berlin.
                """);

        assertThat(page.navigation()).isEmpty();
        assertThat(page.title()).isEqualTo("Migration Data Portal");
    }

    @Test
    void takesEachLineAsAParagraphWhenParagraphsAreSeparatedByBlankLines() {
        CrawledPage page = parser.parse(aPage("""
                The first paragraph is long enough that a crawler never wrapped it, running on and on past any width.

                Short one.

                "We welcome this step," said the Director.
                """));

        assertThat(page.body()).containsExactly(
                new Paragraph("The first paragraph is long enough that a crawler never wrapped it, running on and "
                        + "on past any width."),
                new Paragraph("Short one."),
                new Quote("\"We welcome this step,\" said the Director."));
    }

    @Test
    void takesEachLineAsAParagraphWhenLinesAreNotWrapped() {
        CrawledPage page = parser.parse(aPage("""
                The first paragraph is the longest line of all and it ends with a full stop right here.
                A second paragraph follows on the next line.
                A third one closes the page.
                """));

        assertThat(page.body()).extracting(Object::getClass).containsOnly(Paragraph.class);
        assertThat(page.body()).hasSize(3);
    }

    @Test
    void rejoinsWrappedParagraphsBetweenBlankLines() {
        CrawledPage page = parser.parse(aPage("""
                IOM opened a new office in the capital on Monday to serve
                returning migrants and their families.

                The office will offer counselling, medical checks and help
                with documents.
                """));

        assertThat(page.body()).containsExactly(
                new Paragraph("IOM opened a new office in the capital on Monday to serve returning migrants and "
                        + "their families."),
                new Paragraph("The office will offer counselling, medical checks and help with documents."));
    }

    @Test
    void readsAListBetweenParagraphs() {
        CrawledPage page = parser.parse(aPage("""
                The programme covers three areas:
                - border management
                * return and reintegration
                • labour migration
                The programme runs until the end of next year.
                """));

        assertThat(page.body()).containsExactly(
                new Paragraph("The programme covers three areas:"),
                new ListBlock(List.of("border management", "return and reintegration", "labour migration")),
                new Paragraph("The programme runs until the end of next year."));
    }

    @Test
    void readsANumberedList() {
        CrawledPage page = parser.parse(aPage("""
                Steps:

                1. Register online.
                2) Bring your passport.
                """));

        assertThat(page.body()).containsExactly(new Paragraph("Steps:"),
                new ListBlock(List.of("Register online.", "Bring your passport.")));
    }

    @Test
    void readsAHeadingStandingBetweenBlankLines() {
        CrawledPage page = parser.parse(aPage("""
                The office opened on Monday.

                Background

                IOM has worked in the country since 1993.
                """));

        assertThat(page.body()).containsExactly(new Paragraph("The office opened on Monday."),
                new Heading("Background"), new Paragraph("IOM has worked in the country since 1993."));
    }

    @Test
    void readsAShortHeadingInsideHardWrappedText() {
        CrawledPage page = parser.parse(aPage("""
                IOM opened a new office in the capital on Monday to serve
                returning migrants and their families.
                Background
                IOM has worked in the country since 1993 and has helped
                more than 20,000 people return home.
                """));

        assertThat(page.body()).containsExactly(
                new Paragraph("IOM opened a new office in the capital on Monday to serve returning migrants and "
                        + "their families."),
                new Heading("Background"),
                new Paragraph("IOM has worked in the country since 1993 and has helped more than 20,000 people "
                        + "return home."));
    }

    @Test
    void gluesAWordSplitAtItsHyphen() {
        CrawledPage page = parser.parse(aPage("""
                IOM is the leading inter-
                governmental organization in the field of migration and
                works closely with partners.
                """));

        assertThat(page.body()).containsExactly(new Paragraph("IOM is the leading inter-governmental organization "
                + "in the field of migration and works closely with partners."));
    }

    @Test
    void readsTwoContactsWithLabelsOnTheSameAndTheNextLine() {
        CrawledPage page = parser.parse(aPage("""
                The office opened on Monday.
                Media contacts:
                Joe Lowry
                IOM Geneva
                Tel: +41 22 717 9111
                Mobile:
                +41 79 285 4366
                Email: jlowry@iom.int

                Jean-Philippe Chauzy
                IOM Regional Office, Vienna
                Fax. +43 1 585 3322
                E-mail:
                JPChauzy@IOM.int
                WhatsApp: +43 660 377 6404
                """));

        assertThat(page.body()).containsExactly(new Paragraph("The office opened on Monday."));
        assertThat(page.contacts()).containsExactly(
                new ContactPerson("Joe Lowry", "IOM Geneva",
                        List.of(new Phone("tel", "+41 22 717 9111"), new Phone("mobile", "+41 79 285 4366")),
                        List.of("jlowry@iom.int")),
                new ContactPerson("Jean-Philippe Chauzy", "IOM Regional Office, Vienna",
                        List.of(new Phone("fax", "+43 1 585 3322"), new Phone("whatsapp", "+43 660 377 6404")),
                        List.of("jpchauzy@iom.int")));
    }

    @Test
    void startsANewContactAtANameLineWithoutABlankLine() {
        CrawledPage page = parser.parse(aPage("""
                For further information please contact:
                Joe Lowry
                Tel. +41 22 717 9111
                Paul Dillon
                IOM Geneva
                Mob. +41 79 636 9874
                """));

        assertThat(page.contacts()).containsExactly(
                new ContactPerson("Joe Lowry", null, List.of(new Phone("tel", "+41 22 717 9111")), List.of()),
                new ContactPerson("Paul Dillon", "IOM Geneva", List.of(new Phone("mobile", "+41 79 636 9874")),
                        List.of()));
    }

    @Test
    void repairsAnchorMarkupAroundAnEmail() {
        CrawledPage page = parser.parse(aPage("""
                For more information, please contact:
                Paul Dillon
                Email: <a href="mailto:PDillon@iom.int">pdillon@iom.int</a>
                """));

        assertThat(page.contacts()).singleElement().extracting(ContactPerson::emails)
                .isEqualTo(List.of("pdillon@iom.int"));
    }

    @Test
    void readsAContactWrittenOnOneLine() {
        CrawledPage page = parser.parse(aPage("""
                For more information please contact: Leonard Doyle, IOM Geneva, Tel: +41 22 717 9111, Email: ldoyle@iom.int
                """));

        assertThat(page.contacts()).containsExactly(new ContactPerson("Leonard Doyle", "IOM Geneva",
                List.of(new Phone("tel", "+41 22 717 9111")), List.of("ldoyle@iom.int")));
    }

    @Test
    void readsSeveralOneLineContacts() {
        CrawledPage page = parser.parse(aPage("""
                Contacts:
                Leonard Doyle, IOM Geneva, Tel: +41 22 717 9111, Email: ldoyle@iom.int
                Olga Sarrado, IOM Panama, Mobile: +507 6780 0000; Email: osarrado@iom.int
                """));

        assertThat(page.contacts()).extracting(ContactPerson::name, ContactPerson::office)
                .containsExactly(tuple("Leonard Doyle", "IOM Geneva"),
                        tuple("Olga Sarrado", "IOM Panama"));
        assertThat(page.contacts().get(1).phones()).containsExactly(new Phone("mobile", "+507 6780 0000"));
    }

    @Test
    void readsUnlabelledDetailsListedWithCommas() {
        CrawledPage page = parser.parse(aPage("""
                Media contact: Jane Doe, IOM Geneva, jdoe@iom.int, +41 22 717 9111
                """));

        assertThat(page.contacts()).containsExactly(new ContactPerson("Jane Doe", "IOM Geneva",
                List.of(new Phone("tel", "+41 22 717 9111")), List.of("jdoe@iom.int")));
    }

    @Test
    void ignoresPageFurnitureAfterTheContacts() {
        CrawledPage page = parser.parse(aPage("""
                For more information please contact:
                Jane Doe
                IOM Tel Aviv
                E-mail:

                jdoe@iom.int
                Share this page
                """));

        assertThat(page.contacts()).containsExactly(
                new ContactPerson("Jane Doe", "IOM Tel Aviv", List.of(), List.of("jdoe@iom.int")));
    }

    @Test
    void readsCrlfInputLikeLfInput() {
        String seed = seedPage();

        CrawledPage page = parser.parse(seed.replace("\n", "\r\n").replace("\r\n", "  \r\n"));

        assertThat(page).isEqualTo(parser.parse(seed));
    }

    @Test
    void toleratesAnEmptyPage() {
        CrawledPage page = parser.parse(" \n\n");

        assertThat(page).isEqualTo(new CrawledPage(List.of(), null, List.of(), List.of()));
    }

    /** A page with a minimal menu and a title before {@code body}. */
    private static String aPage(String body) {
        return """
                -
                Who we are
                WHO WE AREWe are an intergovernmental organization.
                - Where we work
                A Title
                """ + body;
    }

    private static String seedPage() {
        try (InputStream in = CrawledTextParserTests.class.getResourceAsStream("/seed/000_b4b9ee3b2ecdea37.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
