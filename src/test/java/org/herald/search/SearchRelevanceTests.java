package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.herald.i18n.Language;
import org.herald.web.BadRequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader gets for what they type, on a small fixture index in English, French, Russian,
 * Spanish, Arabic and Chinese: the document that must come first for each query (stemming,
 * accents, Cyrillic, titles over bodies), the query syntax, bad input, facets and pages.
 */
class SearchRelevanceTests {

    @TempDir static Path data;
    static SearchIndex index;
    static Searcher searcher;
    static Suggestions suggestions;

    @BeforeAll
    static void buildIndex() throws Exception {
        index = fixtureIndex(data, Integer.MAX_VALUE);
        searcher = new Searcher(index, new Spelling(), SearchProperties.DEFAULTS);
        suggestions = new Suggestions(index);
    }

    @AfterAll
    static void close() {
        index.destroy();
    }

    /** The fixtures' index in this data folder, committed after every {@code perCommit} documents. */
    static SearchIndex fixtureIndex(Path data, int perCommit) throws java.io.IOException {
        SearchIndex built = new SearchIndex(data.toString());
        Generation generation = Generation.create(built.newFolder());
        List<SearchDocument> fixtures = fixtures();
        for (int i = 0; i < fixtures.size(); i++) {
            generation.put(fixtures.get(i));
            if ((i + 1) % perCommit == 0) {
                generation.commit(i + 1);
            }
        }
        generation.commit(fixtures.size());
        built.adopt(generation);
        return built;
    }

    static List<SearchDocument> fixtures() {
        return List.of(
                article(1, Language.EN, "press-release", "Migrants stranded at the border receive aid",
                        "Emergency teams delivered water and shelter to families waiting at the crossing.",
                        "2021-03-04", "TR", "GR"),
                article(2, Language.EN, "news", "Annual report on labour mobility",
                        "The report discusses migrant workers, remittances and the recruitment of nurses.",
                        "2019-06-01", "PH"),
                article(3, Language.EN, "story", "A nurse's journey from Manila",
                        "She trained as a nurse and now works in a hospital in Dubai. Labour migration changed her life.",
                        "2023-11-20", "PH", "AE"),
                article(4, Language.FR, "press-release", "Renforcer la coopération régionale en matière de migration",
                        "Les États membres signent un protocole d'accord sur la protection des réfugiés.",
                        "2020-02-10", "SN"),
                article(5, Language.FR, "news", "Des familles déplacées reçoivent une aide d'urgence",
                        "Les équipes ont distribué de l'eau potable aux personnes déplacées.", "2022-08-15", "HT"),
                article(6, Language.RU, "press-release", "МОМ подпишет меморандум о сотрудничестве с СНГ",
                        "Меморандум о взаимопонимании определит направления сотрудничества в области миграции.",
                        "2015-03-05", "BY", "RU"),
                article(7, Language.RU, "news", "Помощь мигрантам в Беларуси",
                        "Мигранты получили консультации и гуманитарную помощь.", "2016-09-09", "BY"),
                article(8, Language.ES, "news", "Trabajadores migrantes en la agricultura",
                        "Los trabajadores temporeros reciben formación sobre sus derechos.", "2018-04-04", "ES"),
                article(9, Language.AR, "news", "مساعدات للمهاجرين في اليمن",
                        "قدمت الفرق مساعدات إنسانية للمهاجرين العالقين.", "2024-01-15", "YE"),
                article(10, Language.ZH, "news", "移民健康项目启动", "该项目为移民工人提供医疗服务。", "2024-05-05", "CN"),
                article(11, Language.EN, "news", "Climate change and displacement",
                        "Floods and droughts push people to move; the war is not the only cause of displacement.",
                        "2022-01-01", "BD"),
                article(12, Language.EN, "news", "War and displacement in the region",
                        "Conflict forced thousands from their homes.", "2023-02-02", "SD"));
    }

    static SearchDocument article(long id, Language language, String kind, String title, String body, String date,
                                  String... countries) {
        return new SearchDocument(DocumentType.ARTICLE, String.valueOf(id), kind, language, Map.of(language, title),
                body, "/" + language.code() + "/news/a" + id, LocalDate.parse(date), List.of(countries),
                List.of(id % 2 == 0 ? "labour-migration" : "emergencies"));
    }

    static SearchResults search(String text) {
        return search(text, null, null, null, null, null);
    }

    static SearchResults search(String text, String kind, String country, String year, String language, String sort) {
        return searcher.search(new SearchParameters(text, kind, country, null, year, language, null, null, sort, null)
                .toRequest(Language.EN, 20));
    }

    static List<String> ids(SearchResults results) {
        return results.results().stream().map(SearchResults.Hit::id).toList();
    }

    static String first(String text) {
        List<String> ids = ids(search(text));
        assertThat(ids).as("results for " + text).isNotEmpty();
        return ids.get(0);
    }

    @Test
    void englishStemmingFindsOtherFormsOfAWord() {
        assertThat(first("migrant stranded")).isEqualTo("1");
        assertThat(first("nurses")).as("the title outweighs the body").isEqualTo("3");
        assertThat(first("recruiting nurse")).isEqualTo("2");
    }

    @Test
    void frenchIsFoundWithOrWithoutAccentsAndInOtherForms() {
        assertThat(first("coopération régionale")).isEqualTo("4");
        assertThat(first("cooperation regionale")).isEqualTo("4");
        assertThat(first("réfugié")).isEqualTo("4");
        assertThat(first("famille déplacée")).isEqualTo("5");
    }

    @Test
    void russianIsFoundInOtherCases() {
        assertThat(first("меморандум сотрудничество")).isEqualTo("6");
        assertThat(first("мигранты")).isEqualTo("7");
        assertThat(first("помощи мигрантов")).isEqualTo("7");
    }

    @Test
    void spanishArabicAndChineseAreReadInTheirOwnWay() {
        assertThat(first("trabajador migrante")).isEqualTo("8");
        assertThat(first("المهاجرين")).isEqualTo("9");
        assertThat(first("移民")).isIn("10");
    }

    @Test
    void phrasesExclusionsOrAndPrefixes() {
        assertThat(ids(search("\"labour migration\""))).containsExactly("3");
        assertThat(ids(search("displacement -conflict"))).containsExactly("11");
        assertThat(ids(search("Manila OR Dubai"))).containsExactly("3");
        assertThat(ids(search("droughts OR conflict"))).containsExactlyInAnyOrder("11", "12");
        assertThat(ids(search("remitt*"))).containsExactly("2");
        assertThat(ids(search("-war"))).doesNotContain("11", "12").contains("1", "6");
    }

    @Test
    void fuzzyWordsFindCloseWordsWithinEditsBoundedByTheirLength() {
        assertThat(ids(search("Manlia~"))).as("a transposition in a word of six letters").containsExactly("3");
        assertThat(ids(search("war~2"))).as("one edit at most in a short word, not 'water' or 'work'")
                .containsExactlyInAnyOrder("11", "12");
    }

    @Test
    void brokenSyntaxIsReadAsPlainWords() {
        assertThat(ids(search("\"labour migration"))).contains("3");
        assertThat(ids(search("nurse ((("))).contains("3");
        assertThat(search("AND OR :").total()).isGreaterThanOrEqualTo(0);
        assertThat(search("*").total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void overlongQueriesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> search("a".repeat(1001))).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.search.too-long"));
        assertThatThrownBy(() -> search("word ".repeat(51))).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.search.too-many-terms"));
        assertThat(search("word ".repeat(50)).total()).isZero();
    }

    @Test
    void anEmptyQueryListsTheNewestFirst() {
        SearchResults all = search("");
        assertThat(all.total()).isEqualTo(12);
        assertThat(all.results().get(0).id()).isEqualTo("10");
        assertThat(all.results()).extracting(SearchResults.Hit::date).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
    }

    @Test
    void facetsCountAndFilterAndAChosenFacetStillShowsItsSiblings() {
        SearchResults pressReleases = search("", "press-release", null, null, null, null);
        assertThat(ids(pressReleases)).containsExactlyInAnyOrder("1", "4", "6");
        assertThat(pressReleases.facets().get("kind")).extracting(SearchResults.FacetValue::value)
                .as("the other kinds stay on offer").contains("news", "story");
        assertThat(pressReleases.facets().get("language")).contains(new SearchResults.FacetValue("en", 1));
        assertThat(ids(search("", null, "ph", null, null, null))).containsExactlyInAnyOrder("2", "3");
        assertThat(ids(search("", null, null, "2023", null, null))).containsExactlyInAnyOrder("3", "12");
        assertThat(ids(search("", null, null, null, "ru", null))).containsExactlyInAnyOrder("6", "7");
        assertThat(search("", "news", "BY", null, "ru", null).results()).extracting(SearchResults.Hit::id)
                .containsExactly("7");
        assertThat(search("").facets().get("theme")).extracting(SearchResults.FacetValue::value)
                .containsExactlyInAnyOrder("labour-migration", "emergencies");
    }

    @Test
    void unknownFacetValuesFindNothingRatherThanFail() {
        assertThat(search("", "no-such-kind", null, null, null, null).total()).isZero();
        assertThat(search("", null, "QQ", "1234", "xx", null).total()).isZero();
    }

    @Test
    void datesFilterAndSort() {
        SearchResults recent = searcher.search(new SearchParameters("", null, null, null, null, null, "2023-01-01",
                "2023-12-31", null, null).toRequest(Language.EN, 20));
        assertThat(ids(recent)).containsExactly("3", "12");
        SearchResults byDate = search("displacement", null, null, null, null, "date");
        assertThat(ids(byDate)).containsExactly("12", "11");
        assertThatThrownBy(() -> new SearchParameters("", null, null, null, null, null, "yesterday", null, null, null)
                .toRequest(Language.EN, 20)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> search("x", null, null, null, null, "alphabetical"))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void pagesOutOfRangeAreEmpty() {
        SearchResults beyond = searcher.search(new SearchParameters("", null, null, null, null, null, null, null, null,
                "7").toRequest(Language.EN, 5));
        assertThat(beyond.results()).isEmpty();
        assertThat(beyond.total()).isEqualTo(12);
        SearchResults far = searcher.search(new SearchParameters("", null, null, null, null, null, null, null, null,
                "999999999999").toRequest(Language.EN, 5));
        assertThat(far.results()).isEmpty();
        SearchResults second = searcher.search(new SearchParameters("", null, null, null, null, null, null, null, null,
                "2").toRequest(Language.EN, 5));
        assertThat(second.results()).hasSize(5);
        assertThatThrownBy(() -> searcher.search(new SearchParameters("", null, null, null, null, null, null, null,
                null, "-1").toRequest(Language.EN, 5))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void snippetsMarkTheWordsFoundAndEscapeTheText() {
        SearchResults results = search("shelter");
        assertThat(results.results().get(0).snippet()).contains("<mark>shelter</mark>");
        assertThat(search("nurse").results().get(0).snippet()).doesNotContain("<script");
    }

    @Test
    void snippetsMarkTheWordsInTheTextsOwnLanguage() {
        assertThat(search("réfugiés").results().get(0).snippet()).contains("<mark>réfugiés</mark>");
        assertThat(search("миграции").results().get(0).snippet()).contains("<mark>миграции</mark>");
        assertThat(search("temporeros derechos").results().get(0).snippet())
                .contains("<mark>temporeros</mark>").contains("<mark>derechos</mark>");
        assertThat(search("\"personnes déplacées\"").results().get(0).snippet())
                .contains("<mark>personnes déplacées</mark>");
    }

    @Test
    void misspellingsGetADidYouMean() {
        SearchResults results = search("remitances");
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isEqualTo("remittances");
        assertThat(search("nurse").didYouMean()).isNull();
    }

    @Test
    void titlesAreSuggestedAsOneTypes() {
        assertThat(suggestions.suggest("annual rep", Language.EN).orElseThrow())
                .extracting(Suggestions.Suggestion::title).containsExactly("Annual report on labour mobility");
        assertThat(suggestions.suggest("мигр", Language.RU).orElseThrow()).extracting(Suggestions.Suggestion::url)
                .containsExactly("/ru/news/a7");
        assertThat(suggestions.suggest("a", Language.EN).orElseThrow()).isEmpty();
    }

    @Test
    void aNodeWithNoIndexYetSaysItIsBuildingRatherThanFindingNothing(@TempDir Path empty) {
        SearchIndex none = new SearchIndex(empty.toString());
        SearchResults results = new Searcher(none, new Spelling(), SearchProperties.DEFAULTS).search(
                new SearchParameters("nurse", null, null, null, null, null, null, null, null, null)
                        .toRequest(Language.EN, 20));
        assertThat(results.building()).isTrue();
        assertThat(results.total()).isZero();
        assertThat(new Suggestions(none).suggest("annual rep", Language.EN)).isEmpty();
        SearchResults nothing = search("zzzzzz");
        assertThat(nothing.total()).isZero();
        assertThat(nothing.building()).as("an index that finds nothing is not building").isFalse();
    }
}
