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
            "Russia", "RU", "Sénégal", "SN"), false);

    @Test
    void readsTheSeedsFiguresAsToday() {
        assertThat(figures("The Russian Federation, which is the main country of destination in the CIS, now hosts an"
                + " estimated 12 million migrants, followed by Ukraine with 6.8 million and Kazakhstan with 2.5 million."
                + " Belarus, which hosts the CIS Secretariat, is home to an estimated 1.2 million migrants."))
                .containsExactly("RU 12000000 migrants (estimated)", "UA 6800000 migrants", "KZ 2500000 migrants",
                        "BY 1200000 migrants (estimated)");
    }

    @Test
    void aTitleIsNoPartOfTheSentenceUnderIt() {
        List<FigureFinder.Figure> found = FigureFinder.find("Ukraine: Displacement Continues to Rise\n"
                + "Some 6.5 million people are internally displaced in Ukraine, IOM said today.", FigureFinderTests::mentions);
        assertThat(found).extracting(FigureFinder.Figure::text)
                .containsExactly("Some 6.5 million people are internally displaced in Ukraine, IOM said today.");
        assertThat(found).extracting(FigureFinder.Figure::country).as("the country named after it in its clause")
                .containsExactly("UA");
    }

    @Test
    void aCountryNamedInAnotherClauseIsNotTheFigures() {
        assertThat(figures("Some 2 million migrants are expected, said the office in Ukraine.")).isEmpty();
    }

    private static List<String> figures(String text) {
        return FigureFinder.find(text, FigureFinderTests::mentions).stream()
                .map(f -> f.country() + " " + f.value().toPlainString() + " " + f.unit()
                        + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")"))
                .toList();
    }

    private static List<CountryMatcher.Mention> mentions(String sentence) {
        return COUNTRIES.find(sentence).stream()
                .map(m -> new CountryMatcher.Mention(m.value(), m.text(), m.start(), m.end())).toList();
    }
}
