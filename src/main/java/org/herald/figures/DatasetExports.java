package org.herald.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.herald.i18n.Language;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values of datasets written out for reuse, as CSV or JSON, streamed: a selection is read page by
 * page and each page written before the next is read, so a download of any size takes the same
 * memory. Every CSV row carries the citation of its dataset's version and the dataset's licence
 * (columns, rather than comment lines that spreadsheets and CSV readers stumble on); the JSON
 * lists the sources, each with its citation and licence, after the values. A text cell that a
 * spreadsheet would read as a formula is written as text, as {@link FigureExports} does; a value
 * is written as a plain number, which no spreadsheet reads as anything else.
 */
final class DatasetExports {

    static final String COLUMNS = "indicator,indicator_name,country_code,country,year,value,unit,dataset,version,"
            + "citation,licence";
    private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatasetExports() {
    }

    /** What the export writes about the datasets and indicators its values come from. */
    record Sources(Map<Long, Dataset> datasets, Map<String, Indicator> indicators, Language language,
                   String organization, String baseUrl, UnaryOperator<String> countryName) {

        Dataset dataset(long id) {
            return datasets.get(id);
        }

        String citation(Dataset dataset, int version) {
            return DatasetExports.citation(dataset, version, language, organization, baseUrl);
        }
    }

    /**
     * How to cite a version of a dataset: the organization, the title in the language, the version,
     * its publication date (when it has one) and its page.
     */
    static String citation(Dataset dataset, int version, Language language, String organization, String baseUrl) {
        DatasetDetails details = dataset.details();
        return organization + ", \u201c" + details.title(language) + "\u201d, version " + version
                + (details.publishedOn() == null ? "" : ", " + details.publishedOn()) + ", " + baseUrl + "/"
                + language.code() + "/data/datasets/" + details.slug();
    }

    /** The values as CSV; {@code version} is the version written, or null for each dataset's current one. */
    static void csv(Sources sources, Integer version, java.util.function.Consumer<java.util.function.Consumer<
            Datasets.Sourced>> values, OutputStream body) throws IOException {
        Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        out.write(COLUMNS);
        out.write("\r\n");
        CSVPrinter rows = new CSVPrinter(out, ROWS);
        Map<Long, String> citations = new LinkedHashMap<>();
        IOException[] failed = {null};
        values.accept(sourced -> {
            if (failed[0] != null) {
                return;
            }
            Dataset dataset = sources.dataset(sourced.datasetId());
            int shown = version == null ? dataset.version() : version;
            String citation = citations.computeIfAbsent(sourced.datasetId(), id -> sources.citation(dataset, shown));
            IndicatorValue value = sourced.value();
            Indicator indicator = sources.indicators().get(value.indicator());
            try {
                rows.printRecord(Stream.of(FigureExports.cell(value.indicator()),
                        FigureExports.cell(indicator == null ? value.indicator() : indicator.name(sources.language())),
                        value.countryCode(), FigureExports.cell(sources.countryName().apply(value.countryCode())),
                        String.valueOf(value.year()), value.value().toPlainString(),
                        FigureExports.cell(dataset.details().unit()), FigureExports.cell(dataset.slug()),
                        String.valueOf(shown), FigureExports.cell(citation),
                        FigureExports.cell(dataset.details().licence())));
            } catch (IOException broken) {
                failed[0] = broken;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        rows.flush();
    }

    /** The values as JSON: {@code values}, then {@code sources} with each dataset's citation and licence. */
    static void json(Sources sources, Integer version, java.util.function.Consumer<java.util.function.Consumer<
            Datasets.Sourced>> values, OutputStream body) {
        Map<Long, Integer> used = new LinkedHashMap<>();
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            json.writeName("values");
            json.writeStartArray();
            values.accept(sourced -> {
                Dataset dataset = sources.dataset(sourced.datasetId());
                used.putIfAbsent(sourced.datasetId(), version == null ? dataset.version() : version);
                IndicatorValue value = sourced.value();
                json.writeStartObject();
                json.writeStringProperty("indicator", value.indicator());
                json.writeStringProperty("country", value.countryCode());
                json.writeNumberProperty("year", value.year());
                json.writeName("value");
                json.writeNumber(value.value());
                json.writeStringProperty("dataset", dataset.slug());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeName("sources");
            json.writeStartArray();
            for (Map.Entry<Long, Integer> entry : used.entrySet()) {
                Dataset dataset = sources.dataset(entry.getKey());
                json.writeStartObject();
                json.writeStringProperty("dataset", dataset.slug());
                json.writeStringProperty("title", dataset.details().title(sources.language()));
                json.writeNumberProperty("version", entry.getValue());
                json.writeStringProperty("unit", dataset.details().unit());
                json.writeStringProperty("source", dataset.details().source());
                json.writeStringProperty("citation", sources.citation(dataset, entry.getValue()));
                json.writeStringProperty("licence", dataset.details().licence());
                json.writeBooleanProperty("demonstration", dataset.details().demonstration());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    static Map<Long, Dataset> byId(List<Dataset> datasets) {
        return datasets.stream().collect(Collectors.toMap(Dataset::id, Function.identity()));
    }
}
