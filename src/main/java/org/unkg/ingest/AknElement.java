package org.unkg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a parsed AKN file, as {@link AknStax} builds it in one streaming pass: local
 * name, attributes by qualified name, parent, and content in document order (text runs as
 * {@code String}, child elements as {@code AknElement}). Much smaller than a DOM node: no
 * comments, processing instructions or namespace declarations are kept (nothing the reader uses),
 * and adjacent text (character data, CDATA, text around a comment) is one run, as a DOM text walk
 * would concatenate it. Built once by the parser, never changed afterwards.
 */
final class AknElement {
    private static final String[] NO_ATTRIBUTES = {};

    private final String name;
    private final AknElement parent;
    /** Qualified name, value, qualified name, value, ... */
    private final String[] attributes;
    private final List<Object> content = new ArrayList<>(4);
    private StringBuilder pendingText;

    AknElement(String name, AknElement parent, String[] attributes) {
        this.name = name;
        this.parent = parent;
        this.attributes = attributes == null ? NO_ATTRIBUTES : attributes;
        if (parent != null) {
            parent.content.add(this);
        }
    }

    /** The local name (namespace prefixes do not matter). */
    String name() {
        return name;
    }

    /** Whether this element has the given local name. */
    boolean is(String localName) {
        return name.equals(localName);
    }

    /** The parent element, or null for the root. */
    AknElement parent() {
        return parent;
    }

    /** The document element this element belongs to. */
    AknElement root() {
        AknElement e = this;
        while (e.parent != null) {
            e = e.parent;
        }
        return e;
    }

    /** Text runs ({@code String}) and child elements ({@code AknElement}), in document order. */
    List<Object> content() {
        return content;
    }

    /** The attribute with this qualified name, or "" when absent (as DOM's {@code getAttribute}). */
    String attribute(String qname) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(qname)) {
                return attributes[i + 1];
            }
        }
        return "";
    }

    boolean hasAttribute(String qname) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(qname)) {
                return true;
            }
        }
        return false;
    }

    /** Every text run below this element, concatenated in document order (DOM's {@code getTextContent}). */
    String textContent() {
        if (content.size() == 1 && content.get(0) instanceof String s) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        appendText(b);
        return b.toString();
    }

    private void appendText(StringBuilder b) {
        for (Object o : content) {
            if (o instanceof String s) {
                b.append(s);
            } else {
                ((AknElement) o).appendText(b);
            }
        }
    }

    /** Adds character data; joined to the text run before it, if any, when {@link #endText()} is called. */
    void addText(char[] chars, int start, int length) {
        if (length == 0) {
            return;
        }
        if (pendingText == null) {
            pendingText = new StringBuilder(length);
        }
        pendingText.append(chars, start, length);
    }

    /** Closes the pending text run (before a child element starts, or at the end of this element). */
    void endText() {
        if (pendingText != null) {
            content.add(pendingText.toString());
            pendingText = null;
        }
    }
}
