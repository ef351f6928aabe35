package org.herald.figures;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file read as a table: its size checked, its encoding and delimiter detected, its
 * header and rows, each with its line. A zip archive (an XLSX too), a file over the limit, a
 * byte sequence that is not UTF-8 and a row written with another delimiter are refused with the
 * line they are on.
 *
 * <p>Encodings: a byte-order mark says UTF-8 or UTF-16; without one the file must be valid
 * UTF-8, unless the editor says it is windows-1252 (what Excel on Windows writes as "CSV"): a
 * file in a legacy encoding is never guessed, since a wrong guess silently changes names.
 *
 * @param encoding  the encoding read
 * @param delimiter the delimiter found in the header
 * @param header    the header's cells
 * @param rows      the data rows
 * @param problems  rows refused while reading (column counts, mixed delimiters)
 */
record CsvTable(String encoding, char delimiter, List<String> header, List<Row> rows, List<RowProblem> problems) {

    private static final String DELIMITERS = ",;\t";

    /** A data row and the line it ends on. */
    record Row(long line, List<String> cells) {
    }

    /** Reads the file, or throws with why it cannot be read at all. */
    static CsvTable read(byte[] bytes, long limit, boolean windows1252) {
        if (bytes.length > limit) {
            throw DatasetRefused.of("datasets.problem.too-large", bytes.length / (1024 * 1024) + 1,
                    limit / (1024 * 1024));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw DatasetRefused.of("datasets.problem.zip");
        }
        Decoded decoded = decode(bytes, windows1252);
        String text = decoded.text();
        if (text.isBlank()) {
            throw DatasetRefused.of("datasets.problem.empty");
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    Character other = otherDelimiter(record, delimiter, header.size());
                    problems.add(other != null
                            ? RowProblem.of(line, "datasets.problem.mixed-delimiters", name(other), name(delimiter))
                            : RowProblem.of(line, "datasets.problem.columns", cells.size(), header.size()));
                    continue;
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException broken) {
            throw DatasetRefused.of("datasets.problem.unreadable", String.valueOf(broken.getMessage()));
        }
        return new CsvTable(decoded.encoding(), delimiter, header, rows, problems);
    }

    /** How a delimiter is named in a message: the character, or "tab". */
    static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    private record Decoded(String encoding, String text) {
    }

    private static Decoded decode(byte[] bytes, boolean windows1252) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded("UTF-8", strict(bytes, 3, StandardCharsets.UTF_8));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded("UTF-16BE", strict(bytes, 2, StandardCharsets.UTF_16BE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded("UTF-16LE", strict(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (windows1252) {
            return new Decoded("windows-1252", new String(bytes, Charset.forName("windows-1252")));
        }
        for (byte b : bytes) {
            if (b == 0) {
                // UTF-16 without a byte-order mark: every other byte of Latin text is zero.
                throw DatasetRefused.of("datasets.problem.encoding-utf16");
            }
        }
        return new Decoded("UTF-8", strict(bytes, 0, StandardCharsets.UTF_8));
    }

    /** The text, or a refusal that names the line of the first byte that is not of the encoding. */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = offset; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DatasetRefused(List.of(RowProblem.of(line, "datasets.problem.encoding", charset.name())));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The delimiter the header uses most, outside quotes: comma, semicolon or tab. */
    static char delimiter(String header) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.charAt(best);
    }

    /** Another delimiter that would give this line the header's number of columns, or null. */
    private static Character otherDelimiter(CSVRecord record, char used, int columns) {
        String line = String.join(String.valueOf(used), record.toList());
        for (char other : DELIMITERS.toCharArray()) {
            if (other != used && line.chars().filter(c -> c == other).count() == columns - 1) {
                return other;
            }
        }
        return null;
    }
}
