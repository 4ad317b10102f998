package org.unkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.unkg.InputException;

/**
 * Secure streaming parse of one AKN file into a tree of {@link AknElement}s: one StAX pass, no
 * DOM. A DOCTYPE is refused outright (no DTD, hence no entity of any kind beyond the five
 * predefined ones and character references), external entities and external DTD access are
 * off, and nesting deeper than {@link AknXml#MAX_DEPTH} is refused. Any problem is an
 * {@link InputException} naming the file and line:column, on one line.
 */
final class AknStax {
    /** The JDK factory's switch that resets a closed stream reader for the next input instead of making one. */
    private static final String REUSE = "reuse-instance";

    /**
     * Factories of the JDK's own StAX implementation (not whatever a service file on the class path
     * names), each used by one parse at a time: a parse takes one (or makes one when all are busy,
     * so there are never more than parses ever ran at once) and gives it back. Each factory keeps
     * its last stream reader and resets it for the next file ({@code reuse-instance}): making a
     * reader (scanner, entity manager, buffers, symbol table) cost a seventh of the parse.
     */
    private final Queue<XMLInputFactory> factories = new ConcurrentLinkedQueue<>();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        if (f.isPropertySupported(REUSE)) {
            f.setProperty(REUSE, Boolean.TRUE);
        }
        return f;
    }

    /** Parses the bytes of {@code file}; returns the document element. */
    AknElement parse(byte[] bytes, Path file) {
        XMLInputFactory factory = factories.poll();
        if (factory == null) {
            factory = secureFactory();
        }
        XMLStreamReader r = null;
        try {
            String text = utf8(bytes);
            r = text != null ? factory.createXMLStreamReader(file.toUri().toString(), new StringReader(text))
                    : factory.createXMLStreamReader(file.toUri().toString(), new ByteArrayInputStream(bytes));
            return tree(r, file);
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String at = l == null || l.getLineNumber() < 0 ? null : l.getLineNumber() + ":" + l.getColumnNumber();
            throw new InputException(file.toString(), at, "malformed or refused XML: " + reason(e), e);
        } finally {
            close(r); // a closed reader is what the factory may reset for the next file
            factories.offer(factory);
        }
    }

    /**
     * The file's text when it is UTF-8 by its own account (no BOM but UTF-8's, no encoding
     * declared or UTF-8 declared) and decodes without a replacement character: decoded by the JDK
     * at once, the parser reads characters instead of decoding bytes one by one (its decoder was
     * a sixth of the parse). Null otherwise: the parser reads the bytes and decides, and reports
     * malformed bytes, as before.
     */
    static String utf8(byte[] b) {
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            start = 3;
        } else if (b.length >= 1 && (b[0] == 0 || (b[0] & 0xff) >= 0x80)) {
            return null; // UTF-16, UTF-32 or something else before any markup
        }
        if (!declaresUtf8(b, start)) {
            return null;
        }
        String s = new String(b, start, b.length - start, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') >= 0 ? null : s;
    }

    /** Whether the XML declaration at {@code start}, if any, names no encoding or UTF-8. */
    private static boolean declaresUtf8(byte[] b, int start) {
        String head = new String(b, start, Math.min(b.length - start, 200), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return head.isEmpty() || head.charAt(0) == '<' || Character.isWhitespace(head.charAt(0));
        }
        int end = head.indexOf("?>");
        if (end < 0) {
            return false;
        }
        Matcher m = ENCODING.matcher(head.substring(0, end));
        return !m.find() || m.group(1).equalsIgnoreCase("UTF-8");
    }

    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private static AknElement tree(XMLStreamReader r, Path file) throws XMLStreamException {
        AknElement root = null;
        AknElement current = null;
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > AknXml.MAX_DEPTH) {
                        throw refused(r, file, "elements nested deeper than " + AknXml.MAX_DEPTH);
                    }
                    if (current != null) {
                        current.endText();
                    }
                    current = new AknElement(r.getLocalName(), current, attributes(r));
                    if (root == null) {
                        root = current;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    current.endText();
                    current = current.parent();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (current != null) {
                        current.addText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.DTD -> throw refused(r, file, "a DOCTYPE declaration (no DTD is read)");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw refused(r, file, "the entity \"" + r.getLocalName() + "\" was referenced, but not declared");
                default -> {
                    // comments, processing instructions, document start and end: nothing the reader uses
                }
            }
        }
        if (root == null) {
            throw new InputException(file.toString(), null, "malformed XML: no root element");
        }
        return root;
    }

    private static String[] attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        if (n == 0) {
            return null;
        }
        String[] a = new String[2 * n];
        for (int i = 0; i < n; i++) {
            String prefix = r.getAttributePrefix(i);
            String local = r.getAttributeLocalName(i);
            a[2 * i] = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            a[2 * i + 1] = r.getAttributeValue(i);
        }
        return a;
    }

    private static InputException refused(XMLStreamReader r, Path file, String what) {
        Location l = r.getLocation();
        return new InputException(file.toString(), l.getLineNumber() + ":" + l.getColumnNumber(), "refused XML: " + what);
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble, on one line. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage();
        if (m == null) {
            return "";
        }
        int i = m.indexOf("Message: ");
        String s = i >= 0 ? m.substring(i + "Message: ".length()) : m;
        return s.lines().findFirst().orElse(s);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing was written; the bytes are in memory
            }
        }
    }
}
