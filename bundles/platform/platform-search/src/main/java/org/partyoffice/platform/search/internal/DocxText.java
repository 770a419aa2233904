package org.partyoffice.platform.search.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of a DOCX: the runs of {@code word/document.xml}, read straight from the ZIP with the
 * JDK's own SAX parser (secure processing, no DOCTYPE, so no external entities and no entity
 * expansion), paragraphs on lines of their own.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Uncompressed bytes of document.xml read at most: a ZIP bomb ends here. */
    static final long MAX_XML_BYTES = 64L * 1024 * 1024;

    private DocxText() {
    }

    static String extract(InputStream content, int maxChars) throws IOException, SAXException, ParserConfigurationException {
        ZipInputStream zip = new ZipInputStream(content);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if ("word/document.xml".equals(entry.getName())) {
                return parse(new Bounded(zip, MAX_XML_BYTES), maxChars);
            }
        }
        return "";
    }

    private static String parse(InputStream xml, int maxChars) throws IOException, SAXException, ParserConfigurationException {
        // The JDK's built-in factory, not whichever one the OSGi container offers through the
        // javax.xml lookup: its security features are known.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        Runs runs = new Runs(maxChars);
        try {
            parser.parse(xml, runs);
        } catch (Enough e) {
            // maxChars reached: the rest of the document is not needed.
        }
        return Texts.truncate(runs.text.toString().strip(), maxChars);
    }

    /** Collects w:t text; w:tab and w:br as white space; a line per w:p. */
    private static final class Runs extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private final int maxChars;
        private boolean inText;

        Runs(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            if (W.equals(uri)) {
                switch (local) {
                    case "t" -> inText = true;
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    default -> { }
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (W.equals(uri)) {
                if ("t".equals(local)) {
                    inText = false;
                } else if ("p".equals(local)) {
                    text.append('\n');
                }
            }
            if (text.length() >= maxChars) {
                throw new Enough();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }

    /** Stops the parse early; not an error. */
    private static final class Enough extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails once more than {@code max} bytes are read. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                consumed(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                consumed(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The ZIP stream belongs to the caller.
        }

        private void consumed(int n) throws IOException {
            left -= n;
            if (left < 0) {
                throw new IOException("word/document.xml is larger than " + MAX_XML_BYTES + " bytes");
            }
        }
    }
}
