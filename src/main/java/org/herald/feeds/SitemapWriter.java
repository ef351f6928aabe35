package org.herald.feeds;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.herald.i18n.Language;

/**
 * Writes sitemap XML as it goes (StAX), so that a sitemap of 50,000 addresses is never held in
 * memory: the sitemap protocol 0.9, its index, the {@code xhtml:link} alternates of each
 * language version and Google's News extension.
 */
final class SitemapWriter implements AutoCloseable {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private SitemapWriter(OutputStream out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Starts a {@code urlset}; with {@code news} it declares the News namespace too. */
    static SitemapWriter urlset(OutputStream out, boolean news) throws XMLStreamException {
        SitemapWriter writer = new SitemapWriter(out);
        writer.xml.writeStartElement("urlset");
        writer.xml.writeDefaultNamespace(SITEMAP);
        writer.xml.writeNamespace("xhtml", XHTML);
        if (news) {
            writer.xml.writeNamespace("news", NEWS);
        }
        return writer;
    }

    static SitemapWriter index(OutputStream out) throws XMLStreamException {
        SitemapWriter writer = new SitemapWriter(out);
        writer.xml.writeStartElement("sitemapindex");
        writer.xml.writeDefaultNamespace(SITEMAP);
        return writer;
    }

    void sitemap(String loc, OffsetDateTime lastmod) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        element("loc", loc);
        if (lastmod != null) {
            element("lastmod", w3c(lastmod));
        }
        xml.writeEndElement();
    }

    /** A {@code url} with its alternates: one {@code xhtml:link} per language it exists in, itself included. */
    void url(String loc, OffsetDateTime lastmod, Map<Language, String> alternates) throws XMLStreamException {
        xml.writeStartElement("url");
        element("loc", loc);
        if (lastmod != null) {
            element("lastmod", w3c(lastmod));
        }
        alternates(alternates);
        xml.writeEndElement();
    }

    /** A {@code url} of the News sitemap: the publication, the date it was first published and the title. */
    void newsUrl(String loc, Map<Language, String> alternates, String publication, String language,
                 OffsetDateTime published, String title) throws XMLStreamException {
        xml.writeStartElement("url");
        element("loc", loc);
        alternates(alternates);
        xml.writeStartElement("news", "news", NEWS);
        xml.writeStartElement("news", "publication", NEWS);
        xml.writeStartElement("news", "name", NEWS);
        xml.writeCharacters(publication);
        xml.writeEndElement();
        xml.writeStartElement("news", "language", NEWS);
        xml.writeCharacters(language);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("news", "publication_date", NEWS);
        xml.writeCharacters(w3c(published));
        xml.writeEndElement();
        xml.writeStartElement("news", "title", NEWS);
        xml.writeCharacters(title);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    void flush() throws XMLStreamException {
        xml.flush();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void alternates(Map<Language, String> alternates) throws XMLStreamException {
        if (alternates.size() < 2) {
            return;
        }
        for (Map.Entry<Language, String> alternate : alternates.entrySet()) {
            xml.writeEmptyElement("xhtml", "link", XHTML);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.getKey().code());
            xml.writeAttribute("href", alternate.getValue());
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String w3c(OffsetDateTime instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
    }
}
