package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk load of a graph file into an empty TDB2 store, in one parse: the parsed triples go
 * to TDB2's default loader (the phased one, as {@code tdb2.tdbloader}) and, on the same pass,
 * to every {@link LoadStep}; when the parse ends each step is told ({@link LoadStep#parsed}, so
 * that work of its own threads overlaps the store's index builds); after the load each step
 * finishes on the loaded store, to which the load has added the statistics derived from the
 * whole graph ({@link DerivedFacts}; a step is shown them first, {@link LoadStep#derived}).
 *
 * <pre>{@code
 * long n = new TdbLoad(List.of(StoreStats.step())).run(graph, dsg, dir);
 * }</pre>
 */
public final class TdbLoad {
    private static final Logger LOG = LoggerFactory.getLogger(TdbLoad.class);
    /** Progress lines: one every {@value} triples. */
    static final int TICK = 500_000;

    private final List<LoadStep> steps;
    private final int tick;

    /** A load that also feeds {@code steps}, in this order. */
    public TdbLoad(List<LoadStep> steps) {
        this(steps, TICK);
    }

    /** A load that also feeds {@code steps} and logs its progress every {@code tick} triples. */
    TdbLoad(List<LoadStep> steps, int tick) {
        this.steps = List.copyOf(steps);
        this.tick = tick;
    }

    /**
     * Parses {@code graph} (any RDF syntax, by extension) into the empty store {@code dsg}, whose
     * folder is {@code storeDir}, adds the statistics derived from the whole graph ({@link
     * DerivedFacts}), then finishes the steps; returns the number of triples and quads parsed (a
     * triple that occurs twice in the file is counted twice, and stored once) plus the derived ones.
     */
    public long run(Path graph, DatasetGraph dsg, Path storeDir) throws IOException {
        MonitorOutput out = (fmt, args) -> LOG.info(String.format(fmt, args));
        DataLoader loader = LoaderFactory.createLoader(dsg, out);
        DerivedFacts.Collector collector = new DerivedFacts.Collector();
        loader.startBulk();
        try {
            StreamRDF[] sinks = new StreamRDF[steps.size() + 2];
            sinks[0] = loader.stream();
            sinks[1] = collector;
            for (int i = 0; i < steps.size(); i++) {
                sinks[i + 2] = steps.get(i).sink();
            }
            // start, parse, finish, with progress lines, as the loader's own load(file) does (the
            // monitor must be started before its first tick)
            ProgressMonitor progress = ProgressMonitorOutput.create(out, "Data", tick, 10);
            progress.start();
            LoaderOps.inputFile(new Tee(sinks), graph.toString(), progress);
            progress.finish();
            for (LoadStep s : steps) {
                s.parsed();
            }
            loader.finishBulk();
        } catch (IOException | RuntimeException e) {
            for (LoadStep s : steps) {
                s.abandon();
            }
            loader.finishException(e);
            throw e;
        }
        List<Triple> derived;
        try {
            for (LoadStep s : steps) {
                s.loaded(dsg, storeDir);
            }
            long t0 = System.nanoTime();
            derived = Txn.calculateWrite(dsg, () -> collector.addTo(dsg.getDefaultGraph()));
            LOG.info("{} triples derived from the whole graph and added in {} ms", derived.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            for (LoadStep s : steps) {
                s.abandon();
            }
            throw e;
        }
        for (LoadStep s : steps) {
            s.derived(derived);
        }
        for (LoadStep s : steps) {
            s.finish(dsg, storeDir);
        }
        return loader.countTriples() + loader.countQuads() + derived.size();
    }

    /** Sends everything to each of its streams in turn. */
    private static final class Tee implements StreamRDF {
        private final StreamRDF[] to;

        Tee(StreamRDF[] to) {
            this.to = to;
        }

        @Override
        public void start() {
            for (StreamRDF s : to) {
                s.start();
            }
        }

        @Override
        public void triple(Triple triple) {
            for (StreamRDF s : to) {
                s.triple(triple);
            }
        }

        @Override
        public void quad(Quad quad) {
            for (StreamRDF s : to) {
                s.quad(quad);
            }
        }

        @Override
        public void base(String base) {
            for (StreamRDF s : to) {
                s.base(base);
            }
        }

        @Override
        public void prefix(String prefix, String iri) {
            for (StreamRDF s : to) {
                s.prefix(prefix, iri);
            }
        }

        @Override
        public void finish() {
            for (StreamRDF s : to) {
                s.finish();
            }
        }
    }
}
