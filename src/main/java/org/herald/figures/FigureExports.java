package org.herald.figures;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.herald.i18n.Language;

/**
 * Figures written out for reuse: CSV whose every row carries its citation, safe to open in a
 * spreadsheet (a cell that would start a formula is written as text), and the citation and the
 * terms the API's answer carries.
 */
public final class FigureExports {

    /** Every cell quoted, rows ended by CRLF (RFC 4180). */
    private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    static final String COLUMNS = "country_code,country,value,unit,qualifier,date,date_note,sentence,source_title,"
            + "source_url,citation";

    private FigureExports() {
    }

    /** Where the terms of reuse are: the site's terms of use page in the language. */
    public static String terms(Language language) {
        return "/" + language.code() + "/terms";
    }

    /**
     * How to cite a figure: the organization, the release's title, its date ("date unknown" when
     * it has none, never an invented one) and its address.
     */
    public static String citation(SourcedFigure figure, String organization, String baseUrl) {
        return organization + ", \u201c" + figure.source().title() + "\u201d, "
                + (figure.date() == null ? "date unknown" : figure.date().toString()) + ", " + baseUrl
                + figure.source().path();
    }

    static void csv(List<SourcedFigure> figures, String organization, String baseUrl, Language language,
                    UnaryOperator<String> countryName, Writer out) throws IOException {
        out.write(COLUMNS);
        out.write("\r\n");
        CSVPrinter rows = new CSVPrinter(out, ROWS);
        for (SourcedFigure figure : figures) {
            Figure stated = figure.figure();
            rows.printRecord(Stream.of(stated.countryCode(), countryName.apply(stated.countryCode()),
                    stated.value().toPlainString(), stated.unit(), stated.qualifier(),
                    figure.date() == null ? "" : figure.date().toString(),
                    figure.date() == null ? "date unknown: the release gives none" : "", stated.sentence(),
                    figure.source().title(), baseUrl + figure.source().path(),
                    citation(figure, organization, baseUrl)).map(FigureExports::cell));
        }
        rows.flush();
    }

    /**
     * A cell as written (Commons CSV quotes it): one that a spreadsheet would read as a formula
     * (starting with =, +, -, @, a tab or a carriage return: CWE-1236) gets a leading apostrophe,
     * so it is shown as text.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
