package org.unkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The statistics file of a TDB2 store ({@code stats.opt} in its storage folder, what Jena's
 * {@code tdb2.tdbstats} prints): the number of triples of every predicate and of every
 * {@code rdf:type} class. When it is there, TDB2 orders the patterns of a query by these counts
 * (the "weighted" optimizer) instead of by fixed rules, so a query starts from its most
 * selective pattern. Without it TDB2 falls back to the fixed rules, which for instance start
 * {@code ?s unkg:number ?n} (18,000 triples) before {@code ?s a unkg:Session}. The file is read
 * when the store is opened, so it is written right after a load, before the store is reopened.
 */
public final class StoreStats {
    /** Name of the file in the storage folder ({@code Data-NNNN}) that TDB2 reads. */
    public static final String FILE = "stats.opt";

    private StoreStats() {
    }

    /** Counts the store's triples by predicate and by class and writes {@code stats.opt}; returns its path. */
    public static Path write(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(triples.getNodeTable());
            Iterator<Tuple<NodeId>> it = triples.findAll();
            while (it.hasNext()) {
                Tuple<NodeId> t = it.next();
                stats.record(null, t.get(0), t.get(1), t.get(2));
            }
            Path file = Path.of(tdb.getLocation().getPath(FILE));
            Stats.write(file.toString(), stats.results());
            return file;
        });
    }

    /** Whether the store already has its statistics file. */
    public static boolean present(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return Files.isRegularFile(Path.of(tdb.getLocation().getPath(FILE)));
    }
}
