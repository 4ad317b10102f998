package org.unkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(StoreStats.class);

    private StoreStats() {
    }

    /**
     * Counts the store's triples by predicate and by class (a scan of the whole triple table)
     * and writes {@code stats.opt}; returns its path. A load uses {@link #counter()} instead,
     * which counts the same during the load's own parse.
     */
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
            return write(dsg, stats.results());
        });
    }

    /** Writes statistics (from {@link Counter#results()}) as the store's {@code stats.opt}; returns its path. */
    public static Path write(DatasetGraph dsg, StatsResults results) {
        Path file = Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getPath(FILE));
        Stats.write(file.toString(), results);
        return file;
    }

    /**
     * A stream that counts the triples of the default graph by predicate and by class as they go
     * by, for a graph that the store will hold exactly once each (quads of named graphs are not
     * counted: the statistics are those of the triple table).
     */
    public static Counter counter() {
        return new Counter();
    }

    /**
     * The load step that writes {@code stats.opt} from the counts of the load's own parse. Those
     * are the store's counts when the file holds each triple once (as {@code unkg build} writes
     * it), which the step checks against the size of the loaded triple table (one pass over one
     * index, no node looked up); a file that repeats triples is counted again in the store
     * ({@link #write(DatasetGraph)}).
     */
    public static LoadStep step() {
        Counter c = counter();
        return new LoadStep() {
            @Override
            public StreamRDF sink() {
                return c;
            }

            @Override
            public void derived(List<Triple> added) {
                added.forEach(c::triple);
            }

            @Override
            public void finish(DatasetGraph dsg, Path storeDir) {
                StatsResults parsed = c.results();
                long stored = Txn.calculateRead(dsg,
                        () -> TDBInternal.getDatasetGraphTDB(dsg).getTripleTable().getNodeTupleTable().size());
                Path file;
                if (stored == parsed.getCount()) {
                    file = write(dsg, parsed);
                } else {
                    LOG.info("the graph file repeats triples ({} parsed, {} stored): statistics counted in the store",
                            parsed.getCount(), stored);
                    file = write(dsg);
                }
                LOG.info("statistics for the query optimizer in {}", file);
            }
        };
    }

    /** The statistics of the triples streamed to it, as {@link #write(DatasetGraph)} counts them in a store. */
    public static final class Counter extends StreamRDFBase {
        private final StatsCollector stats = new StatsCollector();

        private Counter() {
        }

        @Override
        public void triple(Triple t) {
            stats.record(null, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) {
                triple(q.asTriple());
            }
        }

        /** The counts so far. */
        public StatsResults results() {
            return stats.results();
        }
    }

    /** Whether the store already has its statistics file. */
    public static boolean present(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return Files.isRegularFile(Path.of(tdb.getLocation().getPath(FILE)));
    }
}
