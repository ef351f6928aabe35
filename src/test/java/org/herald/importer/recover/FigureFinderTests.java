package org.herald.importer.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.herald.i18n.Language;
import org.herald.places.CountryMatcher;
import org.herald.places.NameIndex;
import org.junit.jupiter.api.Test;

/** Figures are stocks stated about a country, each with the country the sentence gives it. */
class FigureFinderTests {

    private static final NameIndex<String> COUNTRIES = new NameIndex<>(Map.ofEntries(
            Map.entry("Russian Federation", "RU"), Map.entry("Ukraine", "UA"), Map.entry("Kazakhstan", "KZ"),
            Map.entry("Belarus", "BY"), Map.entry("Libya", "LY"), Map.entry("Nigeria", "NG"),
            Map.entry("Tajikistan", "TJ"), Map.entry("Russia", "RU"), Map.entry("Sénégal", "SN"),
            Map.entry("Sudan", "SD"), Map.entry("Tchad", "TD"), Map.entry("Colombia", "CO"),
            Map.entry("Venezuela", "VE"), Map.entry("Россия", "RU"), Map.entry("России", "RU"),
            Map.entry("Казахстане", "KZ"), Map.entry("Украина", "UA"), Map.entry("Russie", "RU"),
            Map.entry("Bélarus", "BY"), Map.entry("Российская Федерация", "RU"), Map.entry("Казахстан", "KZ"),
            Map.entry("Беларуси", "BY"), Map.entry("الأردن", "JO"), Map.entry("تركيا", "TR"),
            Map.entry("لبنان", "LB"), Map.entry("ليبيا", "LY"), Map.entry("نيجيريا", "NG"), Map.entry("اليمن", "YE"),
            Map.entry("السودان", "SD"), Map.entry("土耳其", "TR"), Map.entry("俄罗斯", "RU"), Map.entry("乌克兰", "UA"),
            Map.entry("约旦", "JO"), Map.entry("Jordan", "JO"), Map.entry("利比亚", "LY"), Map.entry("尼日利亚", "NG"), Map.entry("也门", "YE")),
            false);
    /** The nationalities by name in lower case, as the vocabulary looks them up. */
    private static final Map<String, FigureUnit.Nationality> NATIONALITIES = Map.ofEntries(
            nationality("Moldovans", "MD", "Moldovans"), nationality("Kyrgyz", "KG", "Kyrgyz"),
            nationality("South Sudanese", "SS", "South Sudanese"), nationality("Sudanese", "SD", "Sudanese"),
            nationality("Moldaves", "MD", "Moldovans"), nationality("moldavos", "MD", "Moldovans"),
            nationality("молдаван", "MD", "Moldovans"), nationality("Ukrainiens", "UA", "Ukrainians"),
            nationality("украинцев", "UA", "Ukrainians"), nationality("venezolanos", "VE", "Venezuelans"),
            nationality("Syrians", "SY", "Syrians"), nationality("Venezuelans", "VE", "Venezuelans"),
            nationality("Iraqis", "IQ", "Iraqis"), nationality("叙利亚人", "SY", "Syrians"),
            nationality("苏丹人", "SD", "Sudanese"), nationality("南苏丹人", "SS", "South Sudanese"),
            nationality("摩尔多瓦人", "MD", "Moldovans"), nationality("Turks", "TR", "Turks"),
            nationality("土耳其人", "TR", "Turks"));

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
                + "Some 6.5 million people are internally displaced in Ukraine, IOM said today.", Language.EN,
                FigureFinderTests::mentions, FigureFinderTests::nationality);
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
    void anAdjectiveOfNationalityBeforeItsNounCountsBoth() {
        assertThat(figures("Jordan hosts 1.3 million Syrian refugees, and Colombia is home to 2.8 million "
                + "Venezuelan migrants."))
                .as("the country named before it in its clause")
                .containsExactly("JO 1300000 Syrian refugees", "CO 2800000 Venezuelan migrants");
        assertThat(figures("An estimated 250,000 Iraqi refugees live abroad."))
                .as("else the nationality's").containsExactly("IQ 250000 Iraqi refugees living abroad (estimated)");
        assertThat(figures("Colombia hosts 2.8 million Venezuelan, IOM said.")).as("an adjective alone counts nobody")
                .isEmpty();
        assertThat(figures("Russia hosts 100,000 Turkish workers.")).as("an adjective that is not the plural less its s")
                .containsExactly("RU 100000 Turkish workers");
    }

    @Test
    void aNationalityInChineseIsTheCountrysNameAndRenOrItsNameBeforeANoun() {
        assertThat(figures(Language.ZH, "约旦收容了约130万叙利亚人。")).containsExactly("JO 1300000 Syrians (约)");
        assertThat(figures(Language.ZH, "约旦收容了约130万名叙利亚难民。"))
                .containsExactly("JO 1300000 Syrian refugees (约)");
        assertThat(figures(Language.ZH, "目前约有70万摩尔多瓦人在国外工作。")).as("no country before it: the nationality's")
                .containsExactly("MD 700000 Moldovans (约)");
        assertThat(figures(Language.ZH, "乌克兰有9万南苏丹人。")).as("the longest name").containsExactly("UA 90000 South Sudanese");
        assertThat(figures(Language.ZH, "约旦收容了约130万叙利亚。")).as("a country's name alone counts nobody").isEmpty();
        assertThat(figures(Language.ZH, "俄罗斯有10万名土耳其工人。")).containsExactly("RU 100000 Turkish workers");
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

    @Test
    void theSeedsTranslationsGiveItsFiguresWithTheirOwnHedges() {
        assertThat(figures(Language.FR, "La Fédération de Russie, principal pays de destination au sein de la CEI,"
                + " accueille aujourd’hui quelque 12 millions de migrants, suivie de l’Ukraine avec 6,8 millions et du"
                + " Kazakhstan avec 2,5 millions. Le Bélarus, qui accueille le Secrétariat de la CEI, compte environ"
                + " 1,2 million de migrants."))
                .containsExactly("RU 12000000 migrants (quelque)", "UA 6800000 migrants", "KZ 2500000 migrants",
                        "BY 1200000 migrants (environ)");
        assertThat(figures(Language.RU, "Российская Федерация, основная страна назначения в СНГ, принимает сегодня"
                + " около 12 миллионов мигрантов; за ней следуют Украина — 6,8 миллиона и Казахстан — 2,5 миллиона."
                + " В Беларуси, где находится Секретариат СНГ, проживает около 1,2 миллиона мигрантов."))
                .containsExactly("RU 12000000 migrants (около)", "UA 6800000 migrants", "KZ 2500000 migrants",
                        "BY 1200000 migrants (около)");
    }

    @Test
    void aFrenchFigureIsReportedInEnglishUnits() {
        assertThat(figures(Language.FR, "Le Tchad accueille près de 1,2 million de réfugiés soudanais."))
                .containsExactly("TD 1200000 refugees (près de)");
        assertThat(figures(Language.FR, "L'Ukraine compte 3,7 millions de personnes déplacées internes."))
                .containsExactly("UA 3700000 internally displaced people");
        assertThat(figures(Language.FR, "Le Sénégal abrite 12 000 demandeurs d'asile et 40 mille enfants."))
                .containsExactly("SN 12000 asylum seekers", "SN 40000 children");
    }

    @Test
    void aSpanishFigureIsReportedInEnglishUnits() {
        assertThat(figures(Language.ES, "Colombia acoge a unos 2,8 millones de migrantes venezolanos."))
                .containsExactly("CO 2800000 migrants (unos)");
        assertThat(figures(Language.ES, "Colombia cuenta con 12.000 solicitantes de asilo y 500 mil refugiados."))
                .containsExactly("CO 12000 asylum seekers", "CO 500000 refugees");
        assertThat(figures(Language.ES, "En Colombia viven 1.200.000 desplazados internos."))
                .containsExactly("CO 1200000 internally displaced people");
    }

    @Test
    void aRussianFigureIsReportedInEnglishUnits() {
        assertThat(figures(Language.RU, "В России проживает около 12 млн мигрантов."))
                .containsExactly("RU 12000000 migrants (около)");
        assertThat(figures(Language.RU, "В Казахстане насчитывается более 7 тыс. беженцев и 2,5 тысячи детей."))
                .containsExactly("KZ 7000 refugees (более)", "KZ 2500 children");
        assertThat(figures(Language.RU, "Украина является домом для 3,7 миллиона внутренне перемещённых лиц."))
                .containsExactly("UA 3700000 internally displaced people");
        assertThat(figures(Language.RU, "В Казахстане работают 1,5 млн трудовых мигрантов."))
                .containsExactly("KZ 1500000 migrant workers");
        assertThat(figures(Language.RU, "Украина остаётся домом для 3,7 млн ВПЛ.")).as("the acronym of IDPs")
                .containsExactly("UA 3700000 internally displaced people");
    }

    @Test
    void thePeopleOfAnEventAreNoFigureInFrenchSpanishOrRussian() {
        assertThat(figures(Language.FR, "Plus de 150 migrants bloqués en Libye ont été rapatriés au Nigeria."))
                .isEmpty();
        assertThat(figures(Language.FR, "Le Tchad accueille 1,2 million de réfugiés, et 600 000 personnes ont fui"
                + " le Soudan.")).as("each clause read for itself").containsExactly("TD 1200000 refugees");
        assertThat(figures(Language.ES, "Más de 150 migrantes varados en Libia regresaron a Nigeria.")).isEmpty();
        assertThat(figures(Language.ES, "Colombia acoge a 2,8 millones de migrantes, pero 150 migrantes han"
                + " retornado a Venezuela.")).containsExactly("CO 2800000 migrants");
        assertThat(figures(Language.RU, "В 2019 году 150 мигрантов вернулись из Ливии в Нигерию.")).isEmpty();
        assertThat(figures(Language.RU, "Россия принимает 12 млн мигрантов, а 300 мигрантов погибли в море."))
                .containsExactly("RU 12000000 migrants");
    }

    @Test
    void aDecimalCommaIsReadWhereItsLanguageWritesOne() {
        assertThat(figures(Language.FR, "Le Tchad accueille 1,25 million de migrants.")).as("a decimal comma")
                .containsExactly("TD 1250000 migrants");
        assertThat(figures(Language.ES, "Colombia tiene 12.000 migrantes.")).as("a dot groups thousands in Spanish")
                .containsExactly("CO 12000 migrants");
        assertThat(figures(Language.ES, "Colombia tiene 12,000 migrantes."))
                .as("a comma before three digits groups thousands in any language")
                .containsExactly("CO 12000 migrants");
        assertThat(figures(Language.EN, "Kazakhstan hosts 12,000 migrants. Russia is home to 1,200 million people."))
                .containsExactly("KZ 12000 migrants", "RU 1200000000 people");
        assertThat(figures(Language.EN, "Kazakhstan hosts 1.500 million migrants."))
                .as("a dot is a decimal mark in English").containsExactly("KZ 1500000 migrants");
        assertThat(figures(Language.EN, "Kazakhstan hosts 6,8 million migrants."))
                .as("a comma before other than three digits is a decimal mark in any language")
                .containsExactly("KZ 6800000 migrants");
    }

    @Test
    void aNationalityIsReadInFrenchSpanishAndRussianAsItsEnglishPlural() {
        assertThat(figures(Language.FR, "Quelque 700 000 Moldaves vivent à l'étranger, selon le gouvernement."))
                .containsExactly("MD 700000 Moldovans (quelque)");
        assertThat(figures(Language.FR, "La Russie accueille plus de 1,2 million d'Ukrainiens."))
                .as("after d' and a country named before it").containsExactly("RU 1200000 Ukrainians (plus de)");
        assertThat(figures(Language.ES, "Colombia acoge a unos 2,8 millones de venezolanos."))
                .containsExactly("CO 2800000 Venezuelans (unos)");
        assertThat(figures(Language.ES, "Unos 700.000 moldavos trabajan en el extranjero."))
                .containsExactly("MD 700000 Moldovans (unos)");
        assertThat(figures(Language.RU, "За рубежом работают около 700 тыс. молдаван."))
                .containsExactly("MD 700000 Moldovans (около)");
        assertThat(figures(Language.RU, "В России проживают 3,3 млн украинцев."))
                .containsExactly("RU 3300000 Ukrainians");
        assertThat(figures(Language.FR, "En 2022, 150 000 Moldaves sont rentrés au pays.")).as("an event").isEmpty();
    }

    @Test
    void aRussianUnitInTheDativeKeepsTheStockAndEventRule() {
        assertThat(figures(Language.RU, "Казахстан даёт приют 7 000 беженцам из Афганистана."))
                .containsExactly("KZ 7000 refugees");
        assertThat(figures(Language.RU, "В Казахстане МОМ оказала помощь 4 500 мигрантам, вернувшимся из России."))
                .isEmpty();
        assertThat(figures(Language.RU, "В Казахстане МОМ работает с 1 500 мигрантами, вернувшимися из России."))
                .as("the instrumental counts the people one works with").isEmpty();
    }

    @Test
    void anArabicFigureIsReportedInEnglishUnitsWithItsHedge() {
        assertThat(figures(Language.AR, "يستضيف الأردن ما يقدر بـ ١٫٣ مليون لاجئ سوري، وفقا لتقديرات الحكومة."))
                .as("Arabic-Indic digits and the Arabic decimal separator")
                .containsExactly("JO 1300000 refugees (ما يقدر)");
        assertThat(figures(Language.AR, "تستضيف تركيا أكثر من 3.6 مليون من اللاجئين السوريين، وهو أكبر عدد من"
                + " اللاجئين في العالم.")).as("a unit after من and the article")
                .containsExactly("TR 3600000 refugees (أكثر من)");
        assertThat(figures(Language.AR, "ويعيش في ليبيا حوالي 700 ألف مهاجر، بحسب مصفوفة تتبع النزوح."))
                .as("a verb after the conjunction و").containsExactly("LY 700000 migrants (حوالي)");
        assertThat(figures(Language.AR, "يقيم في اليمن نحو ٤٣٬٠٠٠ مهاجر من القرن الأفريقي."))
                .as("the Arabic thousands separator").containsExactly("YE 43000 migrants (نحو)");
        assertThat(figures(Language.AR, "ويعيش بالأردن نحو 700 ألف لاجئ.")).as("a country with ب and ال written onto it")
                .containsExactly("JO 700000 refugees (نحو)");
        assertThat(figures(Language.AR, "لا يزال في السودان ۳٫۵ مليون نازح داخلياً."))
                .as("Eastern Arabic-Indic digits").containsExactly("SD 3500000 internally displaced people");
        assertThat(figures(Language.AR, "يستضيف لبنان 1.5 مليون لاجئ، يليه الأردن بـ 1.3 مليون."))
                .as("a figure after بـ takes the unit before it")
                .containsExactly("LB 1500000 refugees", "JO 1300000 refugees");
    }

    @Test
    void thePeopleOfAnEventAreNoFigureInArabic() {
        assertThat(figures(Language.AR, "عاد أكثر من 150 مهاجرا عالقا في ليبيا إلى نيجيريا يوم الخميس.")).isEmpty();
        assertThat(figures(Language.AR, "أنقذ خفر السواحل 300 مهاجر قبالة سواحل ليبيا، وتوفي 20 آخرون."))
                .isEmpty();
        assertThat(figures(Language.AR, "قدمت المنظمة الدولية للهجرة المساعدة لـ 4500 مهاجر في ليبيا."))
                .isEmpty();
        assertThat(figures(Language.AR, "يستضيف الأردن 1.3 مليون لاجئ، ووصل 5000 مهاجر إلى اليمن الشهر الماضي."))
                .as("each clause read for itself").containsExactly("JO 1300000 refugees");
    }

    @Test
    void aChineseFigureIsReadWithoutSpaces() {
        assertThat(figures(Language.ZH, "土耳其收容了约360万名难民，其中大部分来自叙利亚。"))
                .containsExactly("TR 3600000 refugees (约)");
        assertThat(figures(Language.ZH, "俄罗斯估计有1200万移民。乌克兰有680万移民。"))
                .as("a hedge before the verb 有, and a sentence after 。")
                .containsExactly("RU 12000000 migrants (估计)", "UA 6800000 migrants");
        assertThat(figures(Language.ZH, "目前乌克兰约有３７０万境内流离失所者。"))
                .as("full-width digits").containsExactly("UA 3700000 internally displaced people (约)");
        assertThat(figures(Language.ZH, "也门境内有超过4.3万名移民。")).containsExactly("YE 43000 migrants (超过)");
        assertThat(figures(Language.ZH, "土耳其收容了360多万名难民。")).as("多 after the number: over")
                .containsExactly("TR 3600000 refugees (多)");
        assertThat(figures(Language.ZH, "约旦境内有66万多名难民。")).containsExactly("JO 660000 refugees (多)");
    }

    @Test
    void thePeopleOfAnEventAreNoFigureInChinese() {
        assertThat(figures(Language.ZH, "约1.2万名移民从利比亚返回尼日利亚。")).isEmpty();
        assertThat(figures(Language.ZH, "国际移民组织在地中海救出了300名移民，另有20人死亡。")).isEmpty();
        assertThat(figures(Language.ZH, "约旦收容了约70万难民，而上个月有500名移民抵达也门。"))
                .as("each clause read for itself").containsExactly("JO 700000 refugees (约)");
        assertThat(figures(Language.ZH, "有关国家今年接收了2019年以来最多的移民。")).as("no unit, no multiplier")
                .isEmpty();
    }

    /** Figures of a text whose language is not known: numbers are read as English writes them. */
    private static List<String> figures(String text) {
        return figures(null, text);
    }

    private static List<String> figures(Language language, String text) {
        return FigureFinder.find(text, language, FigureFinderTests::mentions, FigureFinderTests::nationality).stream()
                .map(f -> f.country() + " " + f.value().toPlainString() + " " + f.unit()
                        + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")"))
                .toList();
    }

    private static Map.Entry<String, FigureUnit.Nationality> nationality(String name, String country, String plural) {
        return Map.entry(name.toLowerCase(Locale.ROOT), new FigureUnit.Nationality(country, plural));
    }

    private static FigureUnit.Nationality nationality(String name) {
        return NATIONALITIES.get(name.toLowerCase(Locale.ROOT));
    }

    private static List<CountryMatcher.Mention> mentions(String sentence) {
        return COUNTRIES.find(sentence).stream()
                .map(m -> new CountryMatcher.Mention(m.value(), m.text(), m.start(), m.end())).toList();
    }
}
