package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/**
 * A query text seen before gives a copy of the query a parse gives, its own each time (what one
 * request changes never reaches the next), with Fuseki's one-line log form; texts that do not
 * parse, and texts over the size kept, are parsed each time; the least recently used go first.
 */
class ParsedQueriesTest {
    static final String BASE = CappedQueryService.QUERY_BASE;
    static final String TEXT = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            # a comment
            SELECT ?s (COUNT(*) AS ?n) WHERE {
              { SELECT ?s WHERE { ?s dcterms:identifier ?id FILTER(CONTAINS(?id, "RES")) } ORDER BY ?id LIMIT 10 }
              ?s <rel> ?o .
            } GROUP BY ?s ORDER BY DESC(?n) ?s""";

    @Test
    void aTextSeenBeforeGivesACopyOfItsParse() {
        ParsedQueries cache = new ParsedQueries(BASE, Syntax.syntaxARQ);
        Query fresh = QueryFactory.create(TEXT, BASE, Syntax.syntaxARQ);
        ParsedQueries.Parsed first = cache.parse(TEXT);
        ParsedQueries.Parsed second = cache.parse(TEXT);
        assertEquals(1, cache.size());
        assertEquals(fresh, first.query());
        assertEquals(fresh, second.query());
        assertNotSame(first.query(), second.query());
        // the results are written with the parse's prologue: its prefixes and the endpoint's base
        assertTrue(fresh.getPrologue().samePrologue(second.prologue()));
        assertEquals(BASE, second.prologue().getBaseURI());
        assertEquals(fresh.serialize().replaceAll("\\s+", " ").strip(), second.logForm().replaceAll("\\s+", " ").strip());
        // a request that changes its query (the cap on results does) leaves the next one's alone
        first.query().setLimit(3);
        assertEquals(fresh, cache.parse(TEXT).query());
    }

    @Test
    void aTextThatDoesNotParseIsNotKept() {
        ParsedQueries cache = new ParsedQueries(BASE, Syntax.syntaxARQ);
        assertThrows(QueryParseException.class, () -> cache.parse("SELECT * WHERE { ?s ?p"));
        assertThrows(QueryParseException.class, () -> cache.parse("SELECT * WHERE { ?s ?p"));
        assertEquals(0, cache.size());
    }

    @Test
    void longTextsAreNotKeptAndTheLeastRecentlyUsedGoFirst() {
        ParsedQueries cache = new ParsedQueries(BASE, Syntax.syntaxARQ);
        String longText = "ASK {}" + " ".repeat(ParsedQueries.MAX_TEXT);
        assertEquals(QueryFactory.create("ASK {}"), cache.parse(longText).query());
        assertEquals(0, cache.size());
        String used = "SELECT * WHERE { ?s ?p 0 }";
        for (int i = 0; i < ParsedQueries.MAX_ENTRIES + 10; i++) {
            cache.parse("SELECT * WHERE { ?s ?p " + i + " }");
            cache.parse(used);
        }
        assertEquals(ParsedQueries.MAX_ENTRIES, cache.size());
        assertTrue(cache.kept(used));
        assertFalse(cache.kept("SELECT * WHERE { ?s ?p 1 }"));
        assertTrue(cache.kept("SELECT * WHERE { ?s ?p " + (ParsedQueries.MAX_ENTRIES + 9) + " }"));
    }
}
