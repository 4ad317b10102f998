package org.unkg.ingest;

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
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The few element look-ups the AKN reader needs, on the {@link AknElement} tree that
 * {@link AknStax} parses, and a secure DOM parse for tools that want a DOM
 * ({@link org.unkg.reference.AknSample}). For the DOM parse a DOCTYPE is refused outright (no DTD,
 * hence no entity of any kind), external entities, schemas and XInclude are off. Elements are
 * matched by local name, so namespace prefixes do not matter.
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

    static String name(AknElement e) {
        return e.name();
    }

    static boolean is(AknElement e, String localName) {
        return e.is(localName);
    }

    /** Element children with the given local name, in document order. */
    static List<AknElement> children(AknElement e, String localName) {
        List<AknElement> out = new ArrayList<>();
        for (Object c : e.content()) {
            if (c instanceof AknElement x && x.is(localName)) {
                out.add(x);
            }
        }
        return out;
    }

    /** Every element child, in document order. */
    static List<AknElement> elements(AknElement e) {
        List<AknElement> out = new ArrayList<>();
        for (Object c : e.content()) {
            if (c instanceof AknElement x) {
                out.add(x);
            }
        }
        return out;
    }

    static AknElement child(AknElement e, String localName) {
        for (Object c : e.content()) {
            if (c instanceof AknElement x && x.is(localName)) {
                return x;
            }
        }
        return null;
    }

    /** Descendants with the given local name, in document order. */
    static List<AknElement> descendants(AknElement e, String localName) {
        List<AknElement> out = new ArrayList<>();
        collect(e, localName, out, false);
        return out;
    }

    /** The first descendant with the given local name in document order, or null. */
    static AknElement firstDescendant(AknElement e, String localName) {
        List<AknElement> out = new ArrayList<>(1);
        collect(e, localName, out, true);
        return out.isEmpty() ? null : out.get(0);
    }

    /** Depth-first, in document order; the parser bounds the depth, so the recursion is bounded. */
    private static boolean collect(AknElement e, String localName, List<AknElement> out, boolean first) {
        for (Object c : e.content()) {
            if (c instanceof AknElement x) {
                if (x.is(localName)) {
                    out.add(x);
                    if (first) {
                        return true;
                    }
                }
                if (collect(x, localName, out, first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An attribute value, or null when absent or blank. */
    static String attr(AknElement e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.attribute(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** Text content with whitespace runs collapsed, or null when blank. */
    static String text(AknElement e) {
        if (e == null) {
            return null;
        }
        String t = AknText.collapse(e.textContent());
        return t.isEmpty() ? null : t;
    }
}
