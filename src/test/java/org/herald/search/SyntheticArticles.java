package org.herald.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.herald.i18n.Language;

/**
 * A deterministic generator of synthetic articles for the search benchmark: the same (n, seed)
 * gives the same articles. Six languages (half English), one to three of 50 countries, one or
 * two of 12 themes, four kinds, dates over 25 years; titles of 5 to 10 words and bodies of 80 to
 * 250 drawn with a Zipf-like skew from each language's vocabulary (after the peer benchmark's
 * gen_corpus.py in ../shared/bench/peer).
 */
final class SyntheticArticles {

    static final String[] COUNTRIES = ("AR AU AT BD BE BR CA CL CN CO CZ DK EG ET FI FR DE GH GR IN ID IE IL IT JP KE MY "
            + "MX MA NL NZ NG NO PK PE PH PL PT RO SA SN ZA KR ES SE CH TH TR UA GB").split(" ");
    static final String[] THEMES = {"health", "labour-migration", "climate", "emergencies", "data", "protection",
        "integration", "return", "border-management", "development", "remittances", "trafficking"};
    static final String[] KINDS = {"press-release", "news", "story", "briefing-note"};
    static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    static final int DAYS = 25 * 365;
    static final Map<Language, String[]> WORDS = Map.of(
            Language.EN, ("migration migrant migrants government programme project report policy strategy partnership "
                    + "agreement investment development framework initiative community region network service system "
                    + "market research study survey analysis review plan budget fund grant capacity infrastructure "
                    + "support growth access quality standard process approach solution challenge priority target "
                    + "outcome impact progress data evidence training education school university student worker "
                    + "employer business family household child youth woman farmer expert official minister director "
                    + "committee parliament law regulation reform right cooperation dialogue meeting conference summit "
                    + "forum workshop visit mission delegation launch campaign contract assessment evaluation "
                    + "monitoring governance management coordination construction operation trade price cost income "
                    + "wage pension benefit employment recovery crisis risk resilience security safety protection "
                    + "prevention response emergency disaster flood drought storm earthquake climate emission water "
                    + "river coast forest land energy electricity transport railway road bridge port border refugee "
                    + "displacement shelter health clinic vaccine nurse doctor hospital camp aid donor humanitarian "
                    + "return reintegration remittance diaspora trafficking smuggling integration labour mobility "
                    + "visa passport asylum census statistics portal observatory memorandum").split(" "),
            Language.FR, ("migration migrants gouvernement programme projet rapport politique stratégie partenariat accord "
                    + "investissement développement initiative communauté région réseau service marché recherche étude "
                    + "enquête analyse budget fonds capacité infrastructure soutien croissance accès qualité défi "
                    + "priorité impact progrès données formation éducation école université étudiant travailleur "
                    + "entreprise famille enfant jeunesse femme agriculteur expert ministre comité parlement loi "
                    + "réforme droit coopération dialogue réunion conférence sommet atelier visite mission délégation "
                    + "campagne évaluation gouvernance coordination commerce prix revenu emploi crise risque sécurité "
                    + "protection prévention urgence catastrophe inondation sécheresse climat eau frontière réfugiés "
                    + "déplacés abri santé clinique hôpital camp aide humanitaire retour réintégration diaspora traite "
                    + "intégration mobilité visa asile statistiques").split(" "),
            Language.ES, ("migración migrantes gobierno programa proyecto informe política estrategia alianza acuerdo "
                    + "inversión desarrollo iniciativa comunidad región red servicio mercado investigación estudio "
                    + "encuesta análisis presupuesto fondo capacidad infraestructura apoyo crecimiento acceso calidad "
                    + "desafío prioridad impacto progreso datos formación educación escuela universidad trabajadores "
                    + "empresa familia niños juventud mujeres agricultores experto ministro comité ley reforma derechos "
                    + "cooperación diálogo reunión conferencia cumbre taller visita misión campaña evaluación comercio "
                    + "precio ingresos empleo crisis riesgo seguridad protección prevención emergencia desastre "
                    + "inundación sequía clima agua frontera refugiados desplazados albergue salud clínica hospital "
                    + "ayuda humanitaria retorno reintegración remesas diáspora trata integración movilidad asilo").split(" "),
            Language.RU, ("миграция мигранты правительство программа проект доклад политика стратегия партнерство "
                    + "соглашение инвестиции развитие инициатива сообщество регион сеть услуги рынок исследование "
                    + "анализ бюджет фонд потенциал инфраструктура поддержка рост доступ качество приоритет данные "
                    + "обучение образование школа университет студенты работники предприятие семья дети молодежь "
                    + "женщины эксперт министр комитет закон реформа права сотрудничество диалог встреча конференция "
                    + "саммит визит миссия делегация кампания оценка торговля доходы занятость кризис риск "
                    + "безопасность защита предотвращение чрезвычайная ситуация наводнение засуха климат вода граница "
                    + "беженцы переселенцы здоровье больница помощь возвращение реинтеграция денежные переводы "
                    + "диаспора торговля людьми интеграция мобильность убежище меморандум").split(" "),
            Language.AR, ("الهجرة المهاجرين الحكومة برنامج مشروع تقرير سياسة استراتيجية شراكة اتفاق استثمار تنمية "
                    + "مبادرة مجتمع منطقة شبكة خدمات سوق بحث دراسة تحليل ميزانية صندوق قدرات دعم نمو وصول جودة "
                    + "بيانات تدريب تعليم مدرسة جامعة طلاب عمال أسرة أطفال شباب نساء خبير وزير لجنة قانون إصلاح "
                    + "حقوق تعاون حوار اجتماع مؤتمر قمة زيارة بعثة حملة تقييم تجارة دخل عمل أزمة خطر أمن حماية "
                    + "وقاية طوارئ كارثة فيضان جفاف مناخ مياه حدود لاجئين نازحين مأوى صحة مستشفى مساعدة إنسانية "
                    + "عودة إدماج تحويلات الشتات اتجار تنقل لجوء").split(" "),
            Language.ZH, ("移民 政府 方案 项目 报告 政策 战略 伙伴关系 协议 投资 发展 倡议 社区 区域 网络 服务 市场 研究 "
                    + "调查 分析 预算 基金 能力 基础设施 支持 增长 质量 数据 培训 教育 学校 大学 学生 工人 企业 家庭 "
                    + "儿童 青年 妇女 专家 部长 委员会 法律 改革 权利 合作 对话 会议 峰会 访问 代表团 评估 贸易 收入 "
                    + "就业 危机 风险 安全 保护 预防 紧急 灾害 洪水 干旱 气候 水 边境 难民 流离失所 健康 医院 援助 "
                    + "人道主义 返回 重返社会 侨汇 侨民 贩运 融合 流动 庇护").split(" "));

    private SyntheticArticles() {
    }

    /** Which language article {@code i} is in: half English, the rest spread over the other five. */
    static Language language(Random random) {
        int roll = random.nextInt(100);
        return roll < 50 ? Language.EN : roll < 65 ? Language.FR : roll < 78 ? Language.ES : roll < 88 ? Language.RU
                : roll < 94 ? Language.AR : Language.ZH;
    }

    static List<SearchDocument> generate(int n, long seed) {
        Random random = new Random(seed);
        List<SearchDocument> articles = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Language language = language(random);
            String title = capitalize(words(random, language, 5 + random.nextInt(6)));
            String body = words(random, language, 80 + random.nextInt(171));
            List<String> countries = new ArrayList<>();
            for (int c = 0, count = 1 + random.nextInt(3); c < count; c++) {
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                if (!countries.contains(country)) {
                    countries.add(country);
                }
            }
            List<String> themes = new ArrayList<>(List.of(THEMES[random.nextInt(THEMES.length)]));
            if (random.nextBoolean()) {
                String second = THEMES[random.nextInt(THEMES.length)];
                if (!themes.contains(second)) {
                    themes.add(second);
                }
            }
            articles.add(new SearchDocument(DocumentType.ARTICLE, String.valueOf(i), KINDS[random.nextInt(KINDS.length)],
                    language, Map.of(language, title), body, "/" + language.code() + "/news/article-" + i,
                    FIRST_DAY.plusDays(random.nextInt(DAYS)), countries, themes));
        }
        return articles;
    }

    /**
     * Short articles (a title of three words, a body of 12) with a large vocabulary: besides the
     * language's common words, each has five made-up words drawn from some hundred thousand per
     * script, as names, places and typos give a real archive. What a fuzzy or prefix word costs
     * grows with the words the index holds, not with the length of its texts, so this index is as
     * costly to search in that way as a real one of the same size, and quick to build.
     */
    static List<SearchDocument> brief(int n, long seed) {
        Random random = new Random(seed);
        List<SearchDocument> articles = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Language language = language(random);
            String title = capitalize(word(random, language) + " " + madeUp(random, language) + " "
                    + word(random, language));
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                body.append(word(random, language)).append(' ');
            }
            for (int w = 0; w < 4; w++) {
                body.append(madeUp(random, language)).append(' ');
            }
            articles.add(new SearchDocument(DocumentType.ARTICLE, String.valueOf(i), KINDS[random.nextInt(KINDS.length)],
                    language, Map.of(language, title), body.toString().trim(), "/" + language.code() + "/news/brief-" + i,
                    FIRST_DAY.plusDays(random.nextInt(DAYS)), List.of(COUNTRIES[random.nextInt(COUNTRIES.length)]),
                    List.of(THEMES[random.nextInt(THEMES.length)])));
        }
        return articles;
    }

    /** A made-up word of two to four syllables in the language's script (Chinese has none: its words are its own). */
    private static String madeUp(Random random, Language language) {
        String[] letters = switch (language) {
            case RU -> new String[] {"бвгдзклмнпрстфхцчш", "аеиоуыя"};
            case AR -> new String[] {"بتثجحخدذرزسشصضطظعغفقكلمنهو", "اوي"};
            case ZH -> null;
            default -> new String[] {"bcdfghjklmnprstvz", "aeiou"};
        };
        if (letters == null) {
            return word(random, language);
        }
        StringBuilder made = new StringBuilder();
        for (int syllable = 0, count = 2 + random.nextInt(3); syllable < count; syllable++) {
            made.append(letters[0].charAt(random.nextInt(letters[0].length())))
                    .append(letters[1].charAt(random.nextInt(letters[1].length())));
        }
        return made.toString();
    }

    /** A word of the language, common words far more often than rare ones. */
    static String word(Random random, Language language) {
        String[] words = WORDS.get(language);
        double skewed = Math.pow(random.nextDouble(), 2.2);
        return words[(int) (skewed * words.length)];
    }

    private static String words(Random random, Language language, int count) {
        StringBuilder text = new StringBuilder();
        String separator = language == Language.ZH ? "" : " ";
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 12 == 0 ? (language == Language.ZH ? "。" : ". ") : separator);
            }
            text.append(word(random, language));
        }
        return text.toString();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
