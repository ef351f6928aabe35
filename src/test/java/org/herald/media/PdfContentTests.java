package org.herald.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;

/**
 * What PDFBox finds in an uploaded PDF, rule by rule: each kind of active content the library
 * refuses, what it still accepts, and files it cannot read.
 */
class PdfContentTests {

    @Test
    void refusesActionsInTheCatalog() {
        assertThat(refusal(TestPdfs.withCatalog("/AA << /WC 4 0 R >>", "4 0 obj << /S /GoTo /D [3 0 R /Fit] >> endobj")))
                .as("additional actions").isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.withCatalog("/OpenAction << /S /Named /N /Print >>"))).as("an open action that prints")
                .isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.withCatalog("/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /JavaScript /JS 4 0 R >> >>",
                "4 0 obj (" + TestPdfs.SCRIPT + ") endobj"))).as("JavaScript chained after a harmless action")
                .isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.withCatalog("/OpenAction [3 0 R /Fit]"))).as("a start page").isNull();
    }

    @Test
    void refusesJavaScriptAndEmbeddedFilesInTheNamesTree() {
        assertThat(refusal(TestPdfs.written(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("start", new PDActionJavaScript("app.beep(0)")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        }))).as("document JavaScript").isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.written(document -> {
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(new byte[] {'M', 'Z'})));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        }))).as("an embedded file").isEqualTo("library.error.pdf-active");
    }

    @Test
    void refusesAnnotationsThatRunScriptsOrOpenFiles() {
        assertThat(refusal(TestPdfs.withAnnotation("<< /Type /Annot /Subtype /Widget /FT /Btn /T (ok) /Rect [0 0 9 9]"
                + " /AA << /U << /S /JavaScript /JS (" + TestPdfs.SCRIPT + ") >> >> >>"))).as("a button running a script")
                .isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.withAnnotation("<< /Type /Annot /Subtype /Link /Rect [0 0 9 9]"
                + " /A << /S /URI /URI <6A617661097363726970743A616C657274283129> >> >>"))).as("a javascript: link in hex")
                .isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.withAnnotation("<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9]"
                + " /FS (notes.txt) >>"))).as("an attachment").isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.withAnnotation("<< /Type /Annot /Subtype /Link /Rect [0 0 9 9]"
                + " /A << /S /URI /URI (mailto:press@iom.int) >> >>"))).as("a mail link").isNull();
    }

    @Test
    void refusesXfaForms() {
        assertThat(refusal(TestPdfs.written(document -> {
            PDAcroForm form = new PDAcroForm(document);
            form.getCOSObject().setString(org.apache.pdfbox.cos.COSName.XFA, "<xdp:xdp/>");
            document.getDocumentCatalog().setAcroForm(form);
        }))).isEqualTo("library.error.pdf-active");
    }

    @Test
    void refusesWhatItCannotRead() throws IOException {
        assertThat(refusal(TestPdfs.unparseable())).as("no objects").isEqualTo("library.error.pdf-unreadable");
        assertThat(refusal(encrypted("secret"))).as("a password to open").isEqualTo("library.error.pdf-unreadable");
        assertThat(refusal(encrypted(""))).as("only an owner password: readable, and plain").isNull();
    }

    @Test
    void aDecompressionBombIsRefusedWithoutFillingTheHeap() {
        byte[] bomb = TestPdfs.objectStreamBomb(160 << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(costOfChecking(bomb)).isEqualTo("library.error.pdf-unreadable");
    }

    @Test
    void aCrossReferenceStreamBombIsRefusedWithoutFillingTheHeap() {
        byte[] bomb = TestPdfs.crossReferenceBomb(160 << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(costOfChecking(bomb)).isEqualTo("library.error.pdf-unreadable");
    }

    /** Checks the file, asserting it takes little time and less heap than the decoding budget; the verdict. */
    private static String costOfChecking(byte[] pdf) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        String refusal = refusal(pdf);
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated by the check")
                .isLessThan(BoundedPdfParser.MAX_DECODED);
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
        return refusal;
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(TestPdfs.clean()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String refusal(byte[] pdf) {
        try {
            PdfContent.check(pdf);
            return null;
        } catch (UploadRefusedException refused) {
            return refused.messageKey();
        }
    }

    @Test
    void theTestFilesAreWhatTheySayTheyAre() {
        String written = new String(TestPdfs.openActionInObjectStream(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(written).as("the action is compressed").contains("/ObjStm").doesNotContain("JavaScript");
        for (byte[] hand : List.of(TestPdfs.escapedJavaScriptLink(), TestPdfs.escapedLaunchLink())) {
            assertThat(new String(hand, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("JavaScript", "Launch", "/JS");
        }
    }
}
