package org.herald.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.herald.i18n.Language;

/**
 * The search benchmark (not a test; run by bench/search/run.sh): builds the index of N synthetic
 * articles, runs a fixed mix of 1,000 queries (words, phrases, prefixes, facet filters, date
 * sorts, every one with the five facets counted) after a warm-up, and prints build time, median
 * and 99th-percentile latency and heap; then loads the same articles into PostgreSQL (a schema
 * it creates and drops), with a tsvector per article in its language's text search
 * configuration and a GIN index, and runs the same mix with ts_rank plus the facet counts.
 *
 * <p>Arguments: N (default 100000), seed (default 42), PostgreSQL JDBC URL ("-" or none: only Lucene
 * is measured), user, and a data folder to leave the index and the mix (as API URLs) in, so that
 * a node started on that folder serves them to wrk.
 */
public final class SearchBenchmark {

    private static final int MIX = 1000;

    private SearchBenchmark() {
    }

    /** One query of the mix. */
    record Q(String text, String kind, String country, String year, boolean byDate) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        String pgUrl = args.length > 2 ? args[2] : null;
        String pgUser = args.length > 3 ? args[3] : "postgres";
        Path keep = args.length > 4 ? Path.of(args[4]) : null;
        System.out.printf("Search benchmark: N=%d seed=%d, %d cores, Java %s, max heap %d MiB%n", n, seed,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<SearchDocument> articles = SyntheticArticles.generate(n, seed);
        List<Q> mix = mix(seed);

        Path data = keep != null ? keep : Files.createTempDirectory("herald-search-bench");
        SearchIndex index = new SearchIndex(data.toString());
        long start = System.nanoTime();
        Generation generation = Generation.create(index.newFolder());
        for (SearchDocument article : articles) {
            generation.put(article);
        }
        generation.commit(0);
        index.adopt(generation);
        index.point(generation.name());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Lucene index build: %.1f s for %d articles%n", buildSeconds, n);
        Searcher searcher = new Searcher(index, new Spelling(), SearchProperties.DEFAULTS);
        // Queries the site refuses (a prefix of fewer than three letters, since the query bounds) answer
        // 400 before any search: they leave the mix, which otherwise stops at the first.
        int before = mix.size();
        mix = mix.stream().filter(q -> taken(searcher, q)).toList();
        System.out.printf("Mix: %d queries (%d refused as the site refuses them, left out)%n", mix.size(),
                before - mix.size());
        long[] hits = new long[1];
        for (int round = 0; round < 3; round++) {
            time(mix, q -> hits[0] += searcher.search(request(q)).total());
        }
        long[] luceneTimes = time(mix, q -> hits[0] += searcher.search(request(q)).total());
        System.gc();
        Thread.sleep(500);
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        print("Lucene (in-JVM, facets counted)", luceneTimes);
        System.out.printf("Heap used after the run (articles kept in memory too): %d MiB%n", heap >> 20);
        index.destroy();
        if (keep != null) {
            Files.write(keep.resolve("queries.txt"), mix.stream().map(SearchBenchmark::url).toList());
            System.out.printf("Index and the mix as URLs kept in %s (for wrk against a node on that data folder)%n",
                    keep);
        }

        if (pgUrl != null && !pgUrl.equals("-")) {
            postgres(pgUrl, pgUser, articles, mix, luceneTimes);
        }
    }

    /** The query as a URL of the search API. */
    static String url(Q q) {
        StringBuilder url = new StringBuilder("/api/v1/search?q=")
                .append(java.net.URLEncoder.encode(q.text(), java.nio.charset.StandardCharsets.UTF_8));
        if (q.kind() != null) {
            url.append("&kind=").append(q.kind());
        }
        if (q.country() != null) {
            url.append("&country=").append(q.country());
        }
        if (q.year() != null) {
            url.append("&year=").append(q.year());
        }
        if (q.byDate()) {
            url.append("&sort=date");
        }
        return url.toString();
    }

    static SearchRequest request(Q q) {
        return new SearchRequest(q.text(), Language.EN, q.kind(), q.country(), null, q.year(), null, null, null,
                q.byDate(), 1, 20);
    }

    /** The fixed mix: 35% words, 15% phrases, 10% prefixes, 25% words with a facet filter, 15% date sorts. */
    static List<Q> mix(long seed) {
        Random random = new Random(seed * 31 + 7);
        List<Q> mix = new ArrayList<>();
        for (int i = 0; i < MIX; i++) {
            Language language = SyntheticArticles.language(random);
            String a = SyntheticArticles.word(random, language);
            String b = SyntheticArticles.word(random, language);
            int roll = random.nextInt(100);
            String country = SyntheticArticles.COUNTRIES[random.nextInt(SyntheticArticles.COUNTRIES.length)];
            String kind = SyntheticArticles.KINDS[random.nextInt(SyntheticArticles.KINDS.length)];
            String year = String.valueOf(2001 + random.nextInt(25));
            if (roll < 35) {
                mix.add(new Q(random.nextBoolean() ? a : a + " " + b, null, null, null, false));
            } else if (roll < 50) {
                mix.add(new Q("\"" + a + " " + b + "\"", null, null, null, false));
            } else if (roll < 60) {
                mix.add(new Q(a.substring(0, Math.min(a.length(), Math.max(2, a.length() - 3))) + "*", null, null, null,
                        false));
            } else if (roll < 85) {
                mix.add(new Q(a, roll < 70 ? kind : null, roll >= 70 && roll < 78 ? country : null,
                        roll >= 78 ? year : null, false));
            } else {
                mix.add(new Q(roll < 92 ? a : "", null, roll < 92 ? null : country, null, true));
            }
        }
        return mix;
    }

    /** Whether the searcher takes the query; false when it refuses it as a bad request. */
    private static boolean taken(Searcher searcher, Q q) {
        try {
            searcher.search(request(q));
            return true;
        } catch (org.herald.web.BadRequestException badRequest) {
            return false;
        }
    }

    interface Run {
        void run(Q q) throws Exception;
    }

    static long[] time(List<Q> mix, Run run) throws Exception {
        long[] times = new long[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long start = System.nanoTime();
            run.run(mix.get(i));
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    static void print(String what, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.2f ms, p99 %.2f ms, mean %.2f ms over %d queries%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6, sorted.length);
    }

    private static final String[][] CONFIGS = {{"en", "english"}, {"fr", "french"}, {"es", "spanish"},
        {"ru", "russian"}, {"ar", "arabic"}, {"zh", "simple"}};

    private static void postgres(String url, String user, List<SearchDocument> articles, List<Q> mix,
                                 long[] luceneTimes) throws Exception {
        String schema = "bench_search_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("SET search_path TO " + schema);
                statement.execute("""
                        CREATE TABLE article (id BIGINT PRIMARY KEY, lang TEXT NOT NULL, cfg REGCONFIG NOT NULL,
                            kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, day DATE NOT NULL,
                            year INT NOT NULL, countries TEXT[] NOT NULL, themes TEXT[] NOT NULL, tsv TSVECTOR)
                        """);
            }
            try {
                long start = System.nanoTime();
                load(connection, articles);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("UPDATE article SET tsv = setweight(to_tsvector(cfg, title), 'A')"
                            + " || setweight(to_tsvector(cfg, body), 'B')");
                    statement.execute("CREATE INDEX article_tsv ON article USING GIN (tsv)");
                    statement.execute("CREATE INDEX article_countries ON article USING GIN (countries)");
                    statement.execute("CREATE INDEX article_day ON article (day)");
                    statement.execute("ANALYZE article");
                }
                System.out.printf("PostgreSQL load, tsvector and GIN index: %.1f s%n", (System.nanoTime() - start) / 1e9);
                PostgresSearch search = new PostgresSearch(connection);
                time(mix.subList(0, 100), search::run);
                long[] times = time(mix, search::run);
                print("PostgreSQL FTS (ts_rank, facet counts by GROUPING SETS)", times);
                long[] a = luceneTimes.clone();
                long[] b = times.clone();
                Arrays.sort(a);
                Arrays.sort(b);
                System.out.printf("Lucene is %.1fx faster at the median, %.1fx at p99%n",
                        (double) b[b.length / 2] / a[a.length / 2],
                        (double) b[(int) Math.ceil(b.length * 0.99) - 1] / a[(int) Math.ceil(a.length * 0.99) - 1]);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void load(Connection connection, List<SearchDocument> articles) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO article (id, lang, cfg, kind, title, body, day, year, countries, themes)
                VALUES (?, ?, ?::regconfig, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            int batch = 0;
            for (SearchDocument article : articles) {
                insert.setLong(1, Long.parseLong(article.key()));
                insert.setString(2, article.language().code());
                insert.setString(3, config(article.language().code()));
                insert.setString(4, article.kind());
                insert.setString(5, article.titles().get(article.language()));
                insert.setString(6, article.body());
                insert.setObject(7, article.date());
                insert.setInt(8, article.date().getYear());
                insert.setArray(9, connection.createArrayOf("text", article.countries().toArray()));
                insert.setArray(10, connection.createArrayOf("text", article.themes().toArray()));
                insert.addBatch();
                if (++batch % 2000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    static String config(String language) {
        for (String[] config : CONFIGS) {
            if (config[0].equals(language)) {
                return config[1];
            }
        }
        return "simple";
    }

    /**
     * The same mix on PostgreSQL: the query read in every language's configuration (as Lucene
     * reads it in every language's analyzer), ranked by ts_rank or sorted by date, 20 rows, and
     * the kind, language, year and theme counts of the whole result in one GROUPING SETS query.
     */
    static final class PostgresSearch {

        private final Connection connection;

        PostgresSearch(Connection connection) {
            this.connection = connection;
        }

        void run(Q q) throws Exception {
            StringBuilder where = new StringBuilder(" WHERE TRUE");
            List<Object> params = new ArrayList<>();
            String tsquery = null;
            if (!q.text().isBlank()) {
                String text = q.text().endsWith("*") ? q.text().substring(0, q.text().length() - 1) : q.text();
                List<String> parts = new ArrayList<>();
                for (String[] config : CONFIGS) {
                    parts.add(q.text().endsWith("*") ? "to_tsquery('" + config[1] + "', ? || ':*')"
                            : "websearch_to_tsquery('" + config[1] + "', ?)");
                    params.add(q.text().endsWith("*") ? text.replaceAll("[^\\p{L}\\p{N}]", "") : text);
                }
                tsquery = "(" + String.join(" || ", parts) + ")";
                where.append(" AND tsv @@ ").append(tsquery);
            }
            if (q.kind() != null) {
                where.append(" AND kind = ?");
                params.add(q.kind());
            }
            if (q.country() != null) {
                where.append(" AND countries @> ARRAY[?]::text[]");
                params.add(q.country());
            }
            if (q.year() != null) {
                where.append(" AND year = ?");
                params.add(Integer.parseInt(q.year()));
            }
            String order = q.byDate() || tsquery == null ? " ORDER BY day DESC" : " ORDER BY ts_rank(tsv, " + tsquery
                    + ") DESC";
            List<Object> rankParams = new ArrayList<>(params);
            if (!(q.byDate() || tsquery == null)) {
                rankParams.addAll(params.subList(0, 6));
            }
            query("SELECT id, title FROM article" + where + order + " LIMIT 20", rankParams);
            query("SELECT kind, lang, year, COUNT(*) FROM article" + where
                    + " GROUP BY GROUPING SETS ((kind), (lang), (year))", params);
            query("SELECT theme, COUNT(*) FROM article, unnest(themes) theme" + where + " GROUP BY theme", params);
        }

        private void query(String sql, List<Object> params) throws Exception {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
        }
    }
}
