package org.herald.importer.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.herald.places.CountryMatcher;
import org.herald.places.NameIndex;
import org.junit.jupiter.api.Test;

/** Figures are stocks stated about a country, each with the country the sentence gives it. */
class FigureFinderTests {

    private static final NameIndex<String> COUNTRIES = new NameIndex<>(Map.of("Russian Federation", "RU",
            "Ukraine", "UA", "Kazakhstan", "KZ", "Belarus", "BY", "Libya", "LY", "Nigeria", "NG", "Tajikistan", "TJ",
            "Russia", "RU", "Sénégal", "SN", "Sudan", "SD"), false);
    private static final Map<String, String> NATIONALITIES = Map.of("Moldovans", "MD", "Kyrgyz", "KG",
            "South Sudanese", "SS", "Sudanese", "SD");

    @Test
    void readsTheSeedsFiguresAsToday() {
        assertThat(figures("The Russian Federation, which is the main country of destination in the CIS, now hosts"
                + " an estimated 12 million migrants, followed by Ukraine with 6.8 million and Kazakhstan with 2.5"
                + " million."
                + " Belarus, which hosts the CIS Secretariat, is home to an estimated 1.2 million migrants."))
                .containsExactly("RU 12000000 migrants (estimated)", "UA 6800000 migrants", "KZ 2500000 migrants",
                        "BY 1200000 migrants (estimated)");
    }

    @Test
    void aTitleIsNoPartOfTheSentenceUnderIt() {
        List<FigureFinder.Figure> found = FigureFinder.find("Ukraine: Displacement Continues to Rise\n"
                + "Some 6.5 million people are internally displaced in Ukraine, IOM said today.",
                FigureFinderTests::mentions, NATIONALITIES::get);
        assertThat(found).extracting(FigureFinder.Figure::text)
                .containsExactly("Some 6.5 million people are internally displaced in Ukraine, IOM said today.");
        assertThat(found).extracting(FigureFinder.Figure::country).as("the country named after it in its clause")
                .containsExactly("UA");
    }

    @Test
    void aUnitKeepsTheWordsThatQualifyIt() {
        assertThat(figures("Some 6.5 million people are internally displaced in Ukraine, IOM said today."))
                .containsExactly("UA 6500000 internally displaced people (some)");
        assertThat(figures("Tajikistan has about 1.2 million citizens working abroad, most of them in Russia."))
                .containsExactly("TJ 1200000 citizens working abroad (about)");
        assertThat(figures("Belarus is home to 200,000 nationals who live abroad and 1,000 stateless people."))
                .containsExactly("BY 200000 nationals living abroad", "BY 1000 stateless people");
    }

    @Test
    void aNationalityIsAUnitAndGivesItsCountry() {
        assertThat(figures("Some 700,000 Moldovans work abroad, most of them in the Russian Federation."))
                .containsExactly("MD 700000 Moldovans working abroad (some)");
        assertThat(figures("Russia hosts 300,000 Kyrgyz workers and 90,000 South Sudanese live in Sudan."))
                .as("a country named before it in its clause first")
                .containsExactly("RU 300000 Kyrgyz workers", "SS 90000 South Sudanese");
    }

    @Test
    void thePeopleOfAnEventAreNoFigure() {
        assertThat(figures("More than 150 migrants stranded in Libya returned to Nigeria on Thursday.")).isEmpty();
        assertThat(figures("IOM helped 450 migrants stranded at the border return home to Kazakhstan.")).isEmpty();
        assertThat(figures("In Ukraine, IOM has assisted 3,000 migrants this year.")).as("has as an auxiliary")
                .isEmpty();
        assertThat(figures("In Ukraine, 20,000 people were displaced by the floods.")).as("a past displacement")
                .isEmpty();
        assertThat(figures("In Ukraine, some 2 million migrants.")).as("nothing says a stock").isEmpty();
    }

    @Test
    void aStockIsAFigureInEnglishAndFrench() {
        assertThat(figures("Kazakhstan hosts an estimated 3.6 million migrants.")).containsExactly(
                "KZ 3600000 migrants (estimated)");
        assertThat(figures("Tajikistan has 300,000 refugees.")).containsExactly("TJ 300000 refugees");
        assertThat(figures("In Ukraine, 800,000 people remain displaced.")).containsExactly(
                "UA 800000 displaced people");
        assertThat(figures("Le Sénégal accueille environ 275 000 migrants, selon les estimations.")).containsExactly(
                "SN 275000 migrants (environ)");
        assertThat(figures("Russia hosts 12 million migrants, while 300 migrants died at sea off Libya."))
                .as("each clause read for itself").containsExactly("RU 12000000 migrants");
    }

    @Test
    void aCountryNamedInAnotherClauseIsNotTheFigures() {
        assertThat(figures("Some 2 million migrants are expected, said the office in Ukraine.")).isEmpty();
    }

    private static List<String> figures(String text) {
        return FigureFinder.find(text, FigureFinderTests::mentions, NATIONALITIES::get).stream()
                .map(f -> f.country() + " " + f.value().toPlainString() + " " + f.unit()
                        + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")"))
                .toList();
    }

    private static List<CountryMatcher.Mention> mentions(String sentence) {
        return COUNTRIES.find(sentence).stream()
                .map(m -> new CountryMatcher.Mention(m.value(), m.text(), m.start(), m.end())).toList();
    }
}
