package org.unkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/** Smallest and largest value, in SPARQL's MIN/MAX order. */
final class ValueRange {
    private NodeValue min;
    private NodeValue max;

    void add(Node n) {
        NodeValue v = NodeValue.makeNode(n);
        if (min == null || NodeValue.compareAlways(v, min) < 0) {
            min = v;
        }
        if (max == null || NodeValue.compareAlways(v, max) > 0) {
            max = v;
        }
    }

    /** MIN != MAX, false where SPARQL's comparison is an error. */
    boolean differs() {
        try {
            return NodeValue.notSameValueAs(min, max);
        } catch (ExprEvalException e) {
            return false;
        }
    }
}
