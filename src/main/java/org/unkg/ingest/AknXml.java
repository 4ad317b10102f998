package org.unkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.unkg.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Secure DOM parsing of one AKN file and the few element look-ups the AKN reader needs. A
 * DOCTYPE is refused outright (no DTD, hence no entity of any kind), external entities, schemas
 * and XInclude are off. Elements are matched by local name, so namespace prefixes do not matter.
 */
public final class AknXml {
    private AknXml() {
    }

    /** Deepest element nesting accepted. */
    static final int MAX_DEPTH = 200;

    /**
     * Parses a file securely (no DTD, no external entities, bounded nesting); any problem is an
     * {@link InputException} naming the file and line:column.
     */
    public static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file);
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the bytes of {@code file} already read, as {@link #parse(Path)} does the file. */
    static Document parse(byte[] bytes, Path file) {
        return parse(new ByteArrayInputStream(bytes), file);
    }

    private static Document parse(InputStream in, Path file) {
        DocumentBuilder db = newBuilder(file);
        try {
            return db.parse(in, file.toUri().toString());
        } catch (SAXParseException e) {
            throw new InputException(file.toString(), e.getLineNumber() + ":" + e.getColumnNumber(),
                    "malformed or refused XML: " + firstLine(e.getMessage()), e);
        } catch (SAXException e) {
            throw new InputException(file.toString(), null, "malformed XML: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The secure configuration, made once: configuring a factory costs more than parsing a small
     * file. Only {@code newDocumentBuilder} is called on it afterwards, under its lock (factories
     * are not specified as thread-safe); each parse gets its own builder.
     */
    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            // deep nesting would overflow the stack of the recursive walkers; no AKN file nests 200 deep
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            f.setExpandEntityReferences(false);
            f.setValidating(false);
            return f;
        } catch (ParserConfigurationException e) {
            return null;
        }
    }

    private static DocumentBuilder newBuilder(Path file) {
        try {
            if (FACTORY == null) {
                throw new ParserConfigurationException("a secure-processing feature is not supported");
            }
            DocumentBuilder db;
            synchronized (FACTORY) {
                db = FACTORY.newDocumentBuilder();
            }
            db.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not change what is read
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            db.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return db;
        } catch (ParserConfigurationException e) {
            throw new InputException(file.toString(), null, "XML parser cannot be made secure: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }

    static String name(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    static boolean is(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && localName.equals(name(n));
    }

    /** Element children with the given local name, in document order. */
    static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                out.add((Element) c);
            }
        }
        return out;
    }

    /** Every element child, in document order. */
    static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) c);
            }
        }
        return out;
    }

    static Element child(Element e, String localName) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }

    /**
     * Descendants with the given local name, in document order. Walked by hand: a DOM node list
     * ({@code getElementsByTagNameNS}) walks the whole subtree again when asked for its length.
     */
    static List<Element> descendants(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = next(e, e); n != null; n = next(n, e)) {
            if (is(n, localName)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The first descendant with the given local name in document order, or null. */
    static Element firstDescendant(Element e, String localName) {
        for (Node n = next(e, e); n != null; n = next(n, e)) {
            if (is(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** The node after {@code n} in document order within {@code root}'s subtree, or null. */
    private static Node next(Node n, Node root) {
        Node c = n.getFirstChild();
        if (c != null) {
            return c;
        }
        for (Node x = n; x != root; x = x.getParentNode()) {
            Node s = x.getNextSibling();
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** An attribute value, or null when absent or blank. */
    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** Text content with whitespace runs collapsed, or null when blank. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = AknText.collapse(e.getTextContent());
        return t.isEmpty() ? null : t;
    }
}
