package org.herald.media;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF as a viewer would (PDFBox parses it: escaped names such as {@code /J#61vaScript}
 * are decoded, compressed object streams are opened, comments are comments) and refuses it when
 * it could run code or carries other files: actions in the catalog, JavaScript, Launch and form
 * submission actions, embedded and attached files, rich media, XFA forms, links to script URLs.
 * Every object of the file is inspected, referenced or not, wherever it sits: the names tree,
 * the annotations of every page, form fields, an action's chain of next actions.
 */
final class PdfContent {

    /** Dictionaries and arrays inspected at most; a file with more is refused as too complex. */
    static final int MAX_OBJECTS = 1_000_000;
    /** Actions that run code, start programs, send data or open attached files. */
    private static final Set<COSName> ACTIONS = names("JavaScript", "Launch", "SubmitForm", "ImportData",
            "RichMediaExecute", "GoToE");
    /** Entries that hold scripts, attached files or XFA forms, whatever dictionary holds them. */
    private static final Set<COSName> ENTRIES = names("JS", "JavaScript", "EmbeddedFiles", "EF", "XFA");
    /** Annotations that play embedded media or carry attached files. */
    private static final Set<COSName> ANNOTATIONS = names("RichMedia", "FileAttachment");
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    /** Where a link may lead; relative links have no scheme. */
    private static final Set<String> URI_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private PdfContent() {
    }

    /**
     * @throws UploadRefusedException {@code library.error.pdf-active} for active content,
     *                                {@code library.error.pdf-unreadable} for a file PDFBox cannot
     *                                read (damaged, password-protected or too complex)
     */
    static void check(byte[] bytes) {
        try (PDDocument document = BoundedPdfParser.open(bytes)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSBase open = catalog.getDictionaryObject(COSName.OPEN_ACTION);
            if (catalog.containsKey(COSName.AA) || open instanceof COSDictionary action
                    && !GO_TO.equals(action.getCOSName(COSName.S))) {
                throw active();
            }
            walk(document.getDocument());
        } catch (UploadRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new UploadRefusedException("library.error.pdf-unreadable");
        }
    }

    /** Inspects every dictionary reachable from the trailer or listed in the cross-reference table. */
    private static void walk(COSDocument document) {
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getTrailer());
        for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
            todo.push(document.getObjectFromPool(key));
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject reference) {
                base = reference.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new UploadRefusedException("library.error.pdf-unreadable");
            }
            if (base instanceof COSDictionary dictionary) {
                inspect(dictionary);
                dictionary.getValues().forEach(todo::push);
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
    }

    private static void inspect(COSDictionary dictionary) {
        if (ENTRIES.stream().anyMatch(dictionary::containsKey)
                || isIn(ACTIONS, dictionary.getCOSName(COSName.S))
                || isIn(ANNOTATIONS, dictionary.getCOSName(COSName.SUBTYPE))
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || COSName.URI.equals(dictionary.getCOSName(COSName.S)) && !safeUri(dictionary)) {
            throw active();
        }
    }

    /** A link to the web, an address or a number; never {@code javascript:} or a local file. */
    private static boolean safeUri(COSDictionary action) {
        if (!(action.getDictionaryObject(COSName.URI) instanceof COSString uri)) {
            return true;
        }
        // Browsers ignore spaces and control characters in a scheme ("java\tscript:").
        String link = uri.getString().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        int colon = link.indexOf(':');
        boolean hasScheme = colon > 0 && link.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
        return !hasScheme || URI_SCHEMES.contains(link.substring(0, colon));
    }

    private static boolean isIn(Set<COSName> names, COSName name) {
        return name != null && names.contains(name);
    }

    private static UploadRefusedException active() {
        return new UploadRefusedException("library.error.pdf-active");
    }

    private static Set<COSName> names(String... names) {
        return Set.of(Arrays.stream(names).map(COSName::getPDFName).toArray(COSName[]::new));
    }
}
