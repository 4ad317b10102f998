package org.unkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Prologue;

/**
 * The queries the SPARQL endpoint has parsed, by their exact text: a client sending the same
 * query again (a page of a canned query, a dashboard's refresh) gets a copy of the parsed query
 * instead of a parse. A parse of a canned query's text (1-2 KB) took 0.8-1.2 ms of CPU, and
 * Fuseki's flat serialisation of it for its log 0.2-0.5 ms more; the copy ({@link
 * Query#cloneQuery()}, which the cap on results already made of every query without a LIMIT)
 * 0.1 ms (thread CPU, in process, full AKN sample, medians of 64 runs, 2026-11-24). Each request
 * gets its own copy, so nothing a request does to its query reaches another; the results are
 * written with the prologue of the parse, as Fuseki writes them. A text that does not parse is
 * not kept (its error is the parser's, each time). At most {@value #MAX_ENTRIES}
 * queries of at most {@value #MAX_TEXT} characters are kept, the least recently used dropped first.
 */
final class ParsedQueries {
    /** Queries kept. */
    static final int MAX_ENTRIES = 128;
    /**
     * Longest query text kept (characters); a longer one is parsed each time. The canned queries
     * are 1-2 KB bound, 3-5 KB as written (with their comments); the bound keeps the cache to a
     * few tens of MB however large the queries clients send.
     */
    static final int MAX_TEXT = 16 * 1024;

    /**
     * A parsed query, the one-line form Fuseki logs and reports it by, and the prologue of the
     * parse (prefixes and base) that the results are written with. The copy's own prologue keeps
     * the prefixes but not the base ({@link Query#cloneQuery()} leaves it out: its IRIs are
     * already resolved), which the text format shortens IRIs by; the parse's is shared, and only
     * read.
     */
    record Parsed(Query query, String logForm, Prologue prologue) {
    }

    private final String base;
    private final Syntax syntax;
    private final Map<String, Parsed> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** Parses with {@code base} as the base IRI and {@code syntax}, as the endpoint does. */
    ParsedQueries(String base, Syntax syntax) {
        this.base = base;
        this.syntax = syntax;
    }

    /**
     * The query of {@code text}, a copy of its own, with its log form; throws what the parser
     * throws on a text that does not parse.
     */
    Parsed parse(String text) {
        Parsed kept;
        synchronized (this) {
            kept = entries.get(text);
        }
        if (kept == null) {
            Query q = QueryFactory.create(text, base, syntax);
            kept = new Parsed(q, logForm(q), q.getPrologue());
            if (text.length() <= MAX_TEXT) {
                synchronized (this) {
                    entries.put(text, kept);
                }
            }
        }
        // the kept query is only read, by the copy; the copy is the request's
        Query original = kept.query();
        Query copy;
        synchronized (original) {
            copy = original.cloneQuery();
        }
        return new Parsed(copy, kept.logForm(), kept.prologue());
    }

    /** Number of queries kept (for tests). */
    synchronized int size() {
        return entries.size();
    }

    /** Whether the text's query is kept (for tests; does not count as a use). */
    synchronized boolean kept(String text) {
        return entries.containsKey(text);
    }

    /** The query on one line, as Fuseki writes it in its log and error messages. */
    private static String logForm(Query q) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        out.setFlatMode(true);
        q.serialize(out);
        return out.asString();
    }
}
