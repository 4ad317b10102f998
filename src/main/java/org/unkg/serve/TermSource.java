package org.unkg.serve;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.GraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * What a property function's join reads: a graph's terms as {@code T} and its index ranges, so
 * that one join serves a TDB2 store over NodeIds ({@link NodeIds}: no node is decoded until a
 * row shows it) and any other graph through {@link Graph#find} ({@link Finds}). Used by
 * {@link Citations}, {@link CitingRanks} and {@link BodyMentions}.
 */
interface TermSource<T> {
    /** The term of a node; null when the graph has no such term. */
    T term(Node n);

    /** The wildcard. */
    T any();

    /** Position {@code slot} (0 subject, 1 predicate, 2 object) of each triple matching the pattern. */
    Iterator<T> find(T s, T p, T o, int slot);

    boolean contains(T s, T p, T o);

    Node node(T t);

    /**
     * The graph as a TDB2 store's default graph (not a named graph, not the union), which the
     * functions read over NodeIds; null for any other graph, read through {@link Graph#find}.
     */
    static GraphTDB storeDefault(Graph graph) {
        if (graph instanceof GraphTDB g) {
            Node name = g.getGraphName();
            if (name == null || Quad.isDefaultGraph(name)) {
                return g;
            }
        }
        return null;
    }

    /** A TDB2 default graph, read over NodeIds. */
    final class NodeIds implements TermSource<NodeId> {
        private final NodeTupleTable table;
        private final NodeTable nodes;

        NodeIds(GraphTDB g) {
            table = g.getDSG().getTripleTable().getNodeTupleTable();
            nodes = table.getNodeTable();
        }

        @Override
        public NodeId term(Node n) {
            NodeId id = nodes.getNodeIdForNode(n);
            return id == null || NodeId.isDoesNotExist(id) ? null : id;
        }

        @Override
        public NodeId any() {
            return NodeId.NodeIdAny;
        }

        @Override
        public Iterator<NodeId> find(NodeId s, NodeId p, NodeId o, int slot) {
            return Iter.map(table.find(s, p, o), t -> t.get(slot));
        }

        @Override
        public boolean contains(NodeId s, NodeId p, NodeId o) {
            return table.find(s, p, o).hasNext();
        }

        @Override
        public Node node(NodeId t) {
            return nodes.getNodeForNodeId(t);
        }
    }

    /** Any graph, read through {@link Graph#find}. */
    record Finds(Graph graph) implements TermSource<Node> {
        @Override
        public Node term(Node n) {
            return n;
        }

        @Override
        public Node any() {
            return Node.ANY;
        }

        @Override
        public Iterator<Node> find(Node s, Node p, Node o, int slot) {
            return Iter.map(graph.find(s, p, o), t -> slot == 0 ? t.getSubject() : slot == 1 ? t.getPredicate()
                    : t.getObject());
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            return graph.contains(s, p, o);
        }

        @Override
        public Node node(Node t) {
            return t;
        }
    }
}
