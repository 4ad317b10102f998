package org.unkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Network} as GraphML (yEd, Cytoscape, Gephi), GEXF 1.3 (Gephi) or the two CSV
 * files of {@code neo4j-admin database import} ({@code nodes.csv}, {@code edges.csv}).
 *
 * <pre>{@code
 * NetworkWriter.graphml(network, out);
 * }</pre>
 */
public final class NetworkWriter {
    private static final String[][] NODE_KEYS = {{"label", "label"}, {"type", "type"}, {"symbol", "symbol"}};
    private static final String[][] EDGE_KEYS = {{"kind", "kind"}, {"relation", "relation"}, {"verbs", "verbs"}};

    private NetworkWriter() {
    }

    public static void graphml(Network n, OutputStream os) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys(x, "node", NODE_KEYS, "n_");
            keys(x, "edge", EDGE_KEYS, "e_");
            x.writeStartElement("graph");
            x.writeAttribute("id", "unkg");
            x.writeAttribute("edgedefault", "directed");
            for (Network.NodeInfo node : n.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", node.iri());
                data(x, "n_label", node.label());
                data(x, "n_type", node.type());
                data(x, "n_symbol", node.symbol());
                x.writeEndElement();
            }
            int i = 0;
            for (Network.Edge e : n.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + (i++));
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                data(x, "e_kind", e.kind());
                data(x, "e_relation", e.relation());
                data(x, "e_verbs", e.verbs());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void keys(XMLStreamWriter x, String on, String[][] keys, String prefix) throws XMLStreamException {
        for (String[] k : keys) {
            x.writeEmptyElement("key");
            x.writeAttribute("id", prefix + k[0]);
            x.writeAttribute("for", on);
            x.writeAttribute("attr.name", k[1]);
            x.writeAttribute("attr.type", "string");
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    public static void gexf(Network n, OutputStream os) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace("http://gexf.net/1.3");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters("unkg");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "directed");
            attributes(x, "node", new String[] {"type", "symbol"});
            attributes(x, "edge", new String[] {"kind", "relation", "verbs"});
            x.writeStartElement("nodes");
            for (Network.NodeInfo node : n.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", node.iri());
                x.writeAttribute("label", node.label());
                attvalues(x, node.type(), node.symbol());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int i = 0;
            for (Network.Edge e : n.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + (i++));
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                x.writeAttribute("label", e.relation().isEmpty() ? e.kind() : e.relation());
                attvalues(x, e.kind(), e.relation(), e.verbs());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void attributes(XMLStreamWriter x, String cls, String[] names) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        for (int i = 0; i < names.length; i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", Integer.toString(i));
            x.writeAttribute("title", names[i]);
            x.writeAttribute("type", "string");
        }
        x.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter x, String... values) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isEmpty()) {
                x.writeEmptyElement("attvalue");
                x.writeAttribute("for", Integer.toString(i));
                x.writeAttribute("value", values[i]);
            }
        }
        x.writeEndElement();
    }

    /** Writes {@code nodes.csv} and {@code edges.csv} (neo4j-admin import headers) into a folder. */
    public static void neo4j(Network n, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Writer w = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
                w.write("iri:ID,label,symbol,:LABEL\n");
                for (Network.NodeInfo node : n.nodes()) {
                    row(w, List.of(node.iri(), node.label(), node.symbol(), node.type()));
                }
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve("edges.csv"), StandardCharsets.UTF_8)) {
                w.write(":START_ID,:END_ID,:TYPE,relation,verbs\n");
                for (Network.Edge e : n.edges()) {
                    row(w, List.of(e.source(), e.target(), e.kind().toUpperCase(Locale.ROOT), e.relation(), e.verbs()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write('"');
            w.write(cells.get(i) == null ? "" : cells.get(i).replace("\"", "\"\""));
            w.write('"');
        }
        w.write('\n');
    }
}
