package org.herald.importer.recover;

import java.util.Locale;
import java.util.Set;

/**
 * What the words around a number say it counts: a stock, the people a country has ("hosts",
 * "is home to", "population", "live", "work abroad"), or the people of an event ("returned",
 * "rescued", "died", "arrived", "helped"). An event word wins, so "IOM has helped 450 migrants"
 * counts an event; "has" and "have" say a stock only when they are not the auxiliary of a past
 * ("has returned"); a state says a stock when it is present ("are internally displaced", not
 * "were displaced by the floods"). English, French, Spanish and Russian, as the hedges; the
 * auxiliaries and the states only in English. Russian gives its words with "ё" and without, as
 * texts write them ("живёт", "живет").
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
            "население", "домом", "приют");
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
            "обучены", "воссоединились", "вернувшихся", "вернувшимся", "вернувшимися", "помощь", "помощи");

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
            while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
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

    private static boolean isPastParticiple(String word) {
        return word.endsWith("ed") || word.equals("been");
    }
}
