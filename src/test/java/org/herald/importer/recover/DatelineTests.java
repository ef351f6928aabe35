package org.herald.importer.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Datelines are read in the six languages, only where a place is known or written in capitals. */
class DatelineTests {

    private static final Map<String, String> PLACES = Map.of("Geneva", "CH", "Minsk", "BY", "Минск", "BY",
            "Ginebra", "CH", "عمان", "JO", "日内瓦", "CH");

    @Test
    void readsTheCityItsCountryAndTheDateText() {
        Dateline.Found found = Dateline.find("MINSK, 14 March 2019 — The centre opened.", PLACES::get).orElseThrow();
        assertThat(found).isEqualTo(new Dateline.Found("Minsk", "BY", "14 March 2019", "The centre opened."));
        assertThat(Dateline.find("Geneva – Talks began.", PLACES::get).orElseThrow().country()).isEqualTo("CH");
        assertThat(Dateline.find("GENEVA (IOM), 22 May 2019 - Talks began.", PLACES::get).orElseThrow().dateText())
                .isEqualTo("22 May 2019");
    }

    @Test
    void readsDatelinesInArabicAndChineseWhichHaveNoCapitals() {
        assertThat(Dateline.find("عمان – أطلقت المنظمة برنامجا جديدا.", PLACES::get).orElseThrow())
                .isEqualTo(new Dateline.Found("عمان", "JO", null, "أطلقت المنظمة برنامجا جديدا."));
        assertThat(Dateline.find("عمان، 22 مايو 2019 - أطلقت المنظمة برنامجا.", PLACES::get).orElseThrow().dateText())
                .as("after the Arabic comma").isEqualTo("22 مايو 2019");
        assertThat(Dateline.find("日内瓦，2019年5月22日——国际移民组织今天表示。", PLACES::get).orElseThrow())
                .as("the Chinese comma and dash, without spaces")
                .isEqualTo(new Dateline.Found("日内瓦", "CH", "2019年5月22日", "国际移民组织今天表示。"));
    }

    @Test
    void readsDatelinesInRussianFrenchAndSpanish() {
        assertThat(Dateline.find("Минск, 14 марта 2019 г. – Центр открылся.", PLACES::get).orElseThrow())
                .isEqualTo(new Dateline.Found("Минск", "BY", "14 марта 2019 г.", "Центр открылся."));
        assertThat(Dateline.find("GENÈVE, 22 mai 2019 – Les pourparlers ont commencé.", PLACES::get)
                .orElseThrow().city()).isEqualTo("Genève");
        assertThat(Dateline.find("Ginebra, 22 de mayo de 2019 — Comenzaron las conversaciones.", PLACES::get)
                .orElseThrow().country()).isEqualTo("CH");
    }

    @Test
    void aSentenceWithADashIsNoDateline() {
        assertThat(Dateline.find("Director General McKinley – who signed – spoke.", PLACES::get)).isEmpty();
        assertThat(Dateline.find("IOM—the UN Migration Agency—said so.", PLACES::get)).isEmpty();
        assertThat(Dateline.find("المنظمة الدولية للهجرة – أطلقت برنامجا.", PLACES::get))
                .as("a script without capitals has no capitals to tell an unknown place by").isEmpty();
        assertThat(Dateline.find("国际移民组织今天表示——合作将继续。", PLACES::get)).isEmpty();
    }
}
