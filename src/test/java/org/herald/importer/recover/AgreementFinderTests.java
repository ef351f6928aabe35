package org.herald.importer.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.herald.places.NameIndex;
import org.junit.jupiter.api.Test;

/**
 * The agreement recognizer on sentences it was not written from: {@code import/agreement-sentences.tsv}
 * was written before its rules, and is scored here (each sentence right in kind, status, parties,
 * place and signatories, or rightly ignored); and on the seed's release, read as the seed loads it.
 */
class AgreementFinderTests {

    /** The organizations of V40's list the sentences name, as the import's vocabulary finds them. */
    private static final NameIndex<String> ORGANIZATIONS = new NameIndex<>(Map.ofEntries(
            Map.entry("World Health Organization", "WHO"), Map.entry("UNHCR", "UNHCR"), Map.entry("OSCE", "OSCE"),
            Map.entry("European Union", "EU"), Map.entry("UNICEF", "UNICEF"),
            Map.entry("International Labour Organization", "ILO"), Map.entry("ILO", "ILO"),
            Map.entry("World Bank", "World Bank"), Map.entry("CIS", "CIS"),
            Map.entry("Commonwealth of Independent States", "CIS")), false);
    /** V40's dateline cities the sentences name, and one it does not know. */
    private static final Set<String> CITIES = Set.of("Geneva", "Minsk", "Vienna");
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("Armenia", "AM"),
            Map.entry("Azerbaijan", "AZ"), Map.entry("Belarus", "BY"), Map.entry("Kazakhstan", "KZ"),
            Map.entry("Kyrgyzstan", "KG"), Map.entry("Moldova", "MD"), Map.entry("Russia", "RU"),
            Map.entry("Tajikistan", "TJ"), Map.entry("Turkmenistan", "TM"), Map.entry("Ukraine", "UA"),
            Map.entry("Uzbekistan", "UZ"));
    private static final NameIndex<String> COUNTRY_NAMES = new NameIndex<>(COUNTRIES, false);

    private final AgreementFinder finder = new AgreementFinder(List.of("IOM", "International Organization for Migration"),
            ORGANIZATIONS::find, text -> COUNTRY_NAMES.find(text).stream().map(NameIndex.Match::value).distinct().toList(),
            CITIES::contains);

    @Test
    void theHeldOutSentencesAreReadRight() throws IOException {
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (String line : read("/import/agreement-sentences.tsv").lines().toList()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            total++;
            String[] cells = line.split("\t");
            List<AgreementFinder.Found> found = finder.read(cells[0]).agreements();
            String expected = cells[1].equals("-") ? "nothing" : String.join(" | ", cells[1], cells[2], cells[3], cells[4], cells[5]);
            String actual = found.isEmpty() ? "nothing" : describe(found.get(0));
            if (!expected.equals(actual) || found.size() > 1) {
                wrong.add(cells[0] + "\n  expected " + expected + "\n  read     " + actual);
            }
        }
        System.out.printf("agreement sentences: %d of %d right%n", total - wrong.size(), total);
        assertThat(wrong).as("held-out sentences read wrong").isEmpty();
    }

    @Test
    void theSeedsReleaseAnnouncesAPlannedMemorandumInMinskWithTheElevenStates() throws IOException {
        String release = read("/seed/000_b4b9ee3b2ecdea37.txt");
        String body = release.substring(release.indexOf("IOM to Sign MoU"), release.indexOf("For more information"));
        String text = body.replaceFirst("\n", "\n\n");
        AgreementFinder.Reading reading = finder.read(text);
        assertThat(reading.agreements()).hasSize(1);
        AgreementFinder.Found mou = reading.agreements().get(0);
        assertThat(describe(mou)).isEqualTo("MEMORANDUM_OF_UNDERSTANDING | PLANNED | IOM,CIS | Minsk | "
                + "Brunson McKinley;Sergei Lebedev");
        assertThat(mou.parties()).extracting(AgreementFinder.Party::title)
                .containsExactly("Director General", "Executive Secretary");
        assertThat(reading.members().get("CIS")).containsExactlyInAnyOrder("AM", "AZ", "BY", "KZ", "KG", "MD", "RU",
                "TJ", "TM", "UA", "UZ");
        assertThat(mou.countries()).hasSize(11);
    }

    private static String describe(AgreementFinder.Found found) {
        List<String> parties = found.parties().stream().map(p -> p.acronym() == null ? "IOM" : p.acronym()).toList();
        List<String> signatories = found.parties().stream().map(AgreementFinder.Party::signatory)
                .filter(java.util.Objects::nonNull).toList();
        return String.join(" | ", found.kind(), found.status(), String.join(",", parties),
                found.place() == null ? "-" : found.place(), signatories.isEmpty() ? "-" : String.join(";", signatories));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AgreementFinderTests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
