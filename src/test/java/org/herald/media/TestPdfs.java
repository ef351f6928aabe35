package org.herald.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

/**
 * PDFs for the upload tests: clean ones and the attacks that got past the old scan. PDFBox
 * writes those it can; the tricks it would undo on writing (escaped names, objects hidden
 * between comments, a decompression bomb) are written byte by byte.
 */
final class TestPdfs {

    /** A script that the old scan's list of markup words does not contain. */
    static final String SCRIPT = "app.beep\\(0\\)";

    private TestPdfs() {
    }

    /** Two pages, a web link on the second, and an open action that only shows the first page. */
    static byte[] clean() {
        return written(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(20, 20, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.iom.int/");
            link.setAction(uri);
            document.getPage(1).getAnnotations().add(link);
            PDPageFitDestination first = new PDPageFitDestination();
            first.setPage(document.getPage(0));
            document.getDocumentCatalog().setOpenAction(first);
        });
    }

    /** An open action running JavaScript, written by PDFBox 3 inside a compressed object stream. */
    static byte[] openActionInObjectStream() {
        return written(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.beep(0)")));
    }

    /** A link on the second page whose action names JavaScript with escapes: /S /J#61vaScript /J#53. */
    static byte[] escapedJavaScriptLink() {
        return linkOnSecondPage("<< /Type /Action /S /J#61vaScript /J#53 (" + SCRIPT + ") >>");
    }

    /** A link on the second page that launches a program: /S /L#61unch. */
    static byte[] escapedLaunchLink() {
        return linkOnSecondPage("<< /Type /Action /S /L#61unch /F (calc.exe) >>");
    }

    /**
     * An open action whose JavaScript object sits between a {@code %stream} and an
     * {@code %endstream} comment, where a scan that skips stream data stops looking.
     */
    static byte[] javaScriptBetweenStreamComments() {
        return handWritten(List.of(
                "1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj",
                "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
                "%stream\n4 0 obj << /Type /Action /S /JavaScript /JS (" + SCRIPT + ") >> endobj\n%endstream"));
    }

    /** A PDF header and end, with no objects between them that a parser could find. */
    static byte[] unparseable() {
        return "%PDF-1.7\n\u00e2\u00e3 this is not a document, only words\ntrailer << /Size 1 >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF whose catalog carries {@code extra}, with a correct cross-reference table. */
    static byte[] withCatalog(String extra, String... moreObjects) {
        List<String> objects = new java.util.ArrayList<>(List.of(
                "1 0 obj << /Type /Catalog /Pages 2 0 R " + extra + " >> endobj",
                "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj"));
        objects.addAll(List.of(moreObjects));
        return handWritten(objects);
    }

    /** A plain page whose one annotation is {@code annotation} (object 4). */
    static byte[] withAnnotation(String annotation) {
        return handWritten(List.of(
                "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
                "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >> endobj",
                "4 0 obj " + annotation + " endobj"));
    }

    /**
     * A catalog whose open action is object 5, compressed in object stream 4 together with
     * {@code padding} bytes of spaces: a few hundred kilobytes that inflate to {@code padding}.
     */
    static byte[] objectStreamBomb(int padding) {
        String header = "5 0 ";
        byte[] deflated = deflatedWithSpaces(header + "<< /S /JavaScript /JS (" + SCRIPT + ") >>", padding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.5\n");
        int[] offsets = new int[5];
        offsets[1] = out.size();
        write(out, "1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >> endobj\n");
        offsets[2] = out.size();
        write(out, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj << /Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode /Length "
                + deflated.length + " >>\nstream\n");
        out.writeBytes(deflated);
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        rows.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        for (int i = 1; i <= 4; i++) {
            rows.writeBytes(new byte[] {1, (byte) (offsets[i] >> 24), (byte) (offsets[i] >> 16), (byte) (offsets[i] >> 8),
                    (byte) offsets[i], 0, 0});
        }
        rows.writeBytes(new byte[] {2, 0, 0, 0, 4, 0, 0});
        write(out, "6 0 obj << /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length " + (rows.size() + 7)
                + " >>\nstream\n");
        out.writeBytes(rows.toByteArray());
        out.writeBytes(new byte[] {1, (byte) (xref >> 24), (byte) (xref >> 16), (byte) (xref >> 8), (byte) xref, 0, 0});
        write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /**
     * A plain document whose only cross-reference section is a stream of {@code padding} bytes
     * of spaces, deflated: PDFBox inflates it while it opens the file.
     */
    static byte[] crossReferenceBomb(int padding) {
        byte[] deflated = deflatedWithSpaces("", padding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n");
        int xref = out.size();
        write(out, "3 0 obj << /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                + deflated.length + " >>\nstream\n");
        out.writeBytes(deflated);
        write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** {@code text} then {@code padding} spaces, deflated: about a thousandth of their size. */
    private static byte[] deflatedWithSpaces(String text, int padding) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] buffer = new byte[1 << 16];
        deflater.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        drain(deflater, deflated, buffer);
        for (int left = padding; left > 0; left -= spaces.length) {
            deflater.setInput(spaces, 0, Math.min(left, spaces.length));
            drain(deflater, deflated, buffer);
        }
        deflater.finish();
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return deflated.toByteArray();
    }

    private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static byte[] linkOnSecondPage(String action) {
        return handWritten(List.of(
                "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
                "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj",
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
                "4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [5 0 R] >> endobj",
                "5 0 obj << /Type /Annot /Subtype /Link /Rect [20 20 120 40] /A 6 0 R >> endobj",
                "6 0 obj " + action + " endobj"));
    }

    /**
     * Objects numbered from 1 in order, each line starting with (or containing, after a comment)
     * "N 0 obj", and a correct cross-reference table.
     */
    static byte[] handWritten(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int i = 0; i < objects.size(); i++) {
            int start = pdf.length();
            pdf.append(objects.get(i)).append('\n');
            int offset = pdf.indexOf((i + 1) + " 0 obj", start);
            xref.append(String.format("%010d 00000 n \n", offset));
        }
        int startxref = pdf.length();
        pdf.append(xref).append("trailer << /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n")
                .append("startxref\n").append(startxref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** What PDFBox writes (version 3 puts objects in compressed object streams) for two blank pages. */
    static byte[] written(Edit edit) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.addPage(new PDPage(PDRectangle.A4));
            edit.apply(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A change to a document before it is saved. */
    interface Edit {
        void apply(PDDocument document) throws IOException;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
