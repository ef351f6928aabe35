package org.herald.importer.recover;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.herald.places.NameIndex;

/**
 * What the words around a number say it counts: a stock, the people a country has ("hosts",
 * "is home to", "population", "live", "work abroad"), or the people of an event ("returned",
 * "rescued", "died", "arrived", "helped"). An event word wins, so "IOM has helped 450 migrants"
 * counts an event; "has" and "have" say a stock only when they are not the auxiliary of a past
 * ("has returned"); a state says a stock when it is present ("are internally displaced", not
 * "were displaced by the floods"). English, French, Spanish, Russian and Arabic, as the hedges; the
 * auxiliaries and the states only in English. Russian gives its words with "ё" and without, as
 * texts write them ("живёт", "живет"); an Arabic word is read without its vowel marks, and without
 * the "و" or "ف" it may start with when it is not a word itself ("ويعيش"). Chinese, written without
 * spaces, is looked for in every run of ideographs ("中国收容了约"): see {@link #CHINESE}.
 */
final class FigureVerbs {

    /** What a clause says of the number in it. */
    enum Reading { STOCK, EVENT, NOTHING }

    private static final Set<String> STOCK = Set.of(
            "host", "hosts", "hosted", "hosting", "home", "population", "populations", "live", "lives", "living",
            "reside", "resides", "residing", "work", "works", "working", "remain", "remains",
            "accueille", "accueillent", "abrite", "abritent", "héberge", "hébergent", "compte", "comptent", "vit",
            "vivent", "résident", "travaille", "travaillent",
            "acoge", "acogen", "alberga", "albergan", "tiene", "tienen", "cuenta", "cuentan", "población", "hogar",
            "vive", "viven", "residen", "trabaja", "trabajan",
            "restent", "demeurent", "permanecen",
            "проживает", "проживают", "проживающих", "живёт", "живет", "живут", "живущих", "принимает",
            "принимают", "находится", "находятся", "насчитывается", "насчитываются", "насчитывает", "насчитывают",
            "пребывает", "пребывают", "работает", "работают", "работающих", "остаётся", "остается", "остаются",
            "население", "домом", "приют",
            "يستضيف", "تستضيف", "يستضيفان", "تستضيفان", "استضافة", "يعيش", "تعيش", "يعيشون", "يقيم", "تقيم",
            "يقيمون", "مقيم", "مقيمين", "المقيمين", "المقيمون", "يوجد", "توجد", "يضم", "تضم", "يأوي", "تأوي",
            "يؤوي", "تؤوي", "موطن", "موطنا", "يعمل", "تعمل", "يعملون", "يستقبل", "تستقبل", "يزال", "تزال",
            "سكان", "السكان");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    /** The verbs that put a state in the present, and the states of people a country has. */
    static final Set<String> BE_NOW = Set.of("is", "are", "remain", "remains");
    static final Set<String> STATES = Set.of("displaced", "stateless", "undocumented");
    private static final Set<String> EVENT = Set.of(
            "arrive", "arrived", "arrives", "arriving", "return", "returned", "returns", "returning", "repatriated",
            "deported", "evacuated", "relocated", "resettled", "rescued", "intercepted", "died", "drowned", "killed",
            "perished", "injured", "missing", "fled", "flee", "fleeing", "crossed", "reached", "departed", "travelled",
            "traveled", "help", "helped", "helps", "helping", "assisted", "supported", "provided", "received",
            "reunited", "trained", "benefit", "benefited", "benefitted",
            "rentrés", "rentrées", "retournés", "rapatriés", "rapatriées", "expulsés", "évacués", "réinstallés",
            "secourus", "secourues", "sauvés", "interceptés", "morts", "mortes", "décédés", "noyés", "tués", "disparus",
            "blessés", "arrivés", "arrivées", "aidé", "aidés", "assistés", "soutenus", "bénéficié",
            "regresaron", "retornaron", "volvieron", "repatriados", "repatriadas", "deportados", "evacuados",
            "reasentados", "rescatados", "rescatadas", "interceptados", "murieron", "fallecieron", "muertos",
            "ahogados", "desaparecidos", "heridos", "llegaron", "huyeron", "cruzaron", "ayudó", "ayudados",
            "asistidos", "apoyados", "beneficiados",
            "rentré", "revenus", "retournées", "évacuées", "réinstallées", "noyées", "décédées", "tuées",
            "disparues", "blessées", "fui", "franchi", "traversé", "débarqué", "débarqués", "reçu", "formés",
            "regresado", "retornado", "retornados", "llegado", "rescatado", "fallecido", "muerto", "ayudado",
            "asistido", "atendido", "atendidos", "recibieron", "evacuadas", "deportadas", "heridas",
            "desaparecidas", "ahogadas",
            "вернулись", "вернулся", "возвращены", "возвратились", "репатриированы", "депортированы", "высланы",
            "выдворены", "эвакуированы", "переселены", "спасены", "спасли", "перехвачены", "погибли", "погибших",
            "утонули", "умерли", "убиты", "пропали", "пропавших", "ранены", "бежали", "прибыли", "прибыло",
            "пересекли", "покинули", "выехали", "получили", "помогла", "помогли", "оказала", "оказана",
            "обучены", "воссоединились", "вернувшихся", "вернувшимся", "вернувшимися", "помощь", "помощи",
            "عاد", "عادوا", "عادت", "عودة", "إعادة", "اعادة", "أعيد", "أعيدوا", "وصل", "وصلوا", "وصلت", "وصول",
            "أنقذ", "أنقذت", "انقذ", "انقذت", "إنقاذ", "انقاذ", "توفي", "توفوا", "وفاة", "مات", "ماتوا", "حتفه",
            "حتفهم", "غرق", "غرقوا", "قتل", "قتلوا", "مقتل", "فقدوا", "مفقودين", "أصيب", "أصيبوا", "فر", "فروا",
            "فرار", "نزح", "نزحوا", "ساعد", "ساعدت", "مساعدة", "دعم", "دعمت", "قدم", "قدمت", "استفاد",
            "استفادوا", "أجلي", "إجلاء", "اجلاء", "ترحيل", "رحل", "رحلوا", "اعترض", "اعتراض", "غادر", "غادروا",
            "عبور", "استقبل", "استقبلت", "توطين", "تدريب", "شارك", "شاركوا", "مشاركة");
    /**
     * The words of Chinese, found anywhere in a run of ideographs, the longest first: those that
     * contain "有" without saying a stock ("有关", "没有") read as nothing.
     */
    private static final NameIndex<Reading> CHINESE = new NameIndex<>(readings(
            Set.of("收容", "接纳", "居住", "居留", "生活", "有", "拥有", "工作", "人口", "定居", "侨居", "旅居"),
            Set.of("返回", "回国", "返乡", "遣返", "获救", "救起", "救出", "营救", "救助", "死亡", "丧生", "遇难",
                    "溺亡", "失踪", "受伤", "抵达", "到达", "登陆", "越境", "逃离", "离开", "撤离", "疏散", "重新安置",
                    "帮助", "援助", "协助", "资助", "支持", "受益", "培训", "团聚", "拦截", "驱逐", "参加", "参与",
                    "出席"),
            Set.of("有关", "没有", "所有", "有助于", "有效", "有望", "有些")), false);

    private FigureVerbs() {
    }

    /** What the words of {@code text} from {@code start} to {@code end} say. */
    static Reading read(String text, int start, int end) {
        Reading reading = Reading.NOTHING;
        String previous = null;
        String beforePrevious = null;
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (isIdeograph(text.charAt(i)) || isIdeograph(text.charAt(wordEnd - 1))) {
                Reading chinese = chinese(text.substring(i, wordEnd));
                if (chinese == Reading.EVENT) {
                    return Reading.EVENT;
                }
                reading = chinese == Reading.STOCK ? chinese : reading;
                i = wordEnd;
                continue;
            }
            String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            if (isArabic(word.charAt(0))) {
                word = arabic(word);
            }
            if (EVENT.contains(word)) {
                return Reading.EVENT;
            }
            if (STOCK.contains(word) || in(HAVE, previous) && !isPastParticiple(word)
                    || STATES.contains(word) && (in(BE_NOW, previous) || in(BE_NOW, beforePrevious))) {
                reading = Reading.STOCK;
            }
            beforePrevious = previous;
            previous = word;
            i = wordEnd;
        }
        return in(HAVE, previous) ? Reading.STOCK : reading;
    }

    /** Both sides of a number: an event on either side is an event, else a stock on either side is a stock. */
    static Reading read(String text, int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
        Reading before = read(text, beforeStart, beforeEnd);
        Reading after = read(text, afterStart, afterEnd);
        if (before == Reading.EVENT || after == Reading.EVENT) {
            return Reading.EVENT;
        }
        return before == Reading.STOCK || after == Reading.STOCK ? Reading.STOCK : Reading.NOTHING;
    }

    /** Whether a word, null before the first, is one of {@code words}: {@code Set.of} refuses to look up null. */
    private static boolean in(Set<String> words, String word) {
        return word != null && words.contains(word);
    }

    /** A letter, or a vowel mark of Arabic (U+064B to U+0652), which is no letter but is part of its word. */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c >= '\u064B' && c <= '\u0652';
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    /** No character before U+3006 is an ideograph, which spares English the look-up. */
    static boolean isIdeograph(char c) {
        return c >= '\u3006' && Character.isIdeographic(c);
    }

    /** An Arabic word as the sets give it: without vowel marks and tatweel, and without a conjunction. */
    private static String arabic(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '\u0640' && (c < '\u064B' || c > '\u0652')) {
                plain.append(c);
            }
        }
        String bare = plain.toString();
        boolean known = EVENT.contains(bare) || STOCK.contains(bare);
        if (!known && bare.length() > 2 && (bare.charAt(0) == 'و' || bare.charAt(0) == 'ف')) {
            return bare.substring(1);
        }
        return bare;
    }

    /** What a run of ideographs says: an event word wins, as in the other languages. */
    private static Reading chinese(String run) {
        Reading reading = Reading.NOTHING;
        for (NameIndex.Match<Reading> match : CHINESE.find(run)) {
            if (match.value() == Reading.EVENT) {
                return Reading.EVENT;
            }
            reading = match.value() == Reading.STOCK ? Reading.STOCK : reading;
        }
        return reading;
    }

    private static Map<String, Reading> readings(Set<String> stock, Set<String> event, Set<String> nothing) {
        Map<String, Reading> readings = new HashMap<>();
        stock.forEach(word -> readings.put(word, Reading.STOCK));
        event.forEach(word -> readings.put(word, Reading.EVENT));
        nothing.forEach(word -> readings.put(word, Reading.NOTHING));
        return readings;
    }

    private static boolean isPastParticiple(String word) {
        return word.endsWith("ed") || word.equals("been");
    }
}
