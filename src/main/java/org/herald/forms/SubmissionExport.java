package org.herald.forms;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.herald.figures.FigureExports;
import org.herald.i18n.Language;

/**
 * A form's submissions as CSV (Apache Commons CSV, RFC 4180, every cell quoted), one column per
 * field headed by its label, then the language and time: safe to open in a spreadsheet, since a
 * cell that would start a formula is written as text (the same guard as the figures' CSV).
 */
final class SubmissionExport {

    private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private SubmissionExport() {
    }

    static void csv(StoredForm form, List<Submission> submissions, Language language, Writer out) throws IOException {
        FormDefinition definition = form.definition();
        CSVPrinter rows = new CSVPrinter(out, ROWS);
        List<String> header = new ArrayList<>();
        definition.fields().forEach(field -> header.add(field.in(language, definition.original()).label()));
        header.add("language");
        header.add("submitted_at");
        rows.printRecord(header.stream().map(FigureExports::cell));
        for (Submission submission : submissions) {
            List<String> row = new ArrayList<>();
            definition.fields().forEach(field -> row.add(String.join("; ",
                    submission.values().getOrDefault(field.name(), List.of()))));
            row.add(submission.language());
            row.add(submission.submittedAt().toInstant().toString());
            rows.printRecord(row.stream().map(FigureExports::cell));
        }
        rows.flush();
    }
}
