package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** What the property functions' tests share: a TDB2 store of a graph file, and rows as text. */
final class FunctionFixture {
    private FunctionFixture() {
    }

    /** A TDB2 store in {@code dir} holding {@code graphFile}, with unkg's functions registered (no text index). */
    static Dataset tdbStore(Path dir, Path graphFile) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, graphFile.toString()));
        TextCandidates.register(ds.asDatasetGraph(), (TextIndex) null);
        return ds;
    }

    /**
     * Runs {@code check} and asserts which of a function's two paths answered it: {@code used} (its
     * count of calls over NodeIds or through Graph.find) went up by at least {@code calls}, and
     * {@code unused}, the other path's count, did not move.
     */
    static void answeredBy(AtomicLong used, long calls, AtomicLong unused, Runnable check) {
        long before = used.get();
        long other = unused.get();
        check.run();
        assertTrue(used.get() - before >= calls, "answered " + calls + " times by the expected path");
        assertEquals(other, unused.get(), "never by the other path");
    }

    /** The rows of a SELECT as text, in order: the columns {@code vars} by {@code term}, "-" for an unbound one. */
    static List<String> rows(Dataset ds, String query, List<String> vars, Function<RDFNode, String> term) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder b = new StringBuilder();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        b.append(b.isEmpty() ? "" : " ").append(n == null ? "-" : term.apply(n));
                    }
                    out.add(b.toString());
                }
            }
        });
        return out;
    }
}
