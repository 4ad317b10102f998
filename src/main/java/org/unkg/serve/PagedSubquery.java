package org.unkg.serve;

import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Finds the sub-SELECT a paged canned query pages: the first one, in text order, that has a LIMIT
 * of its own. Only group, OPTIONAL and UNION elements are walked (where a page of keys is written);
 * a sub-SELECT nested in another sub-SELECT is not looked into.
 */
final class PagedSubquery {
    private PagedSubquery() {
    }

    /** The first sub-SELECT of {@code q} with a LIMIT, if any. */
    static Optional<Query> find(Query q) {
        return find(q.getQueryPattern());
    }

    private static Optional<Query> find(Element e) {
        if (e instanceof ElementSubQuery s) {
            return s.getQuery().hasLimit() ? Optional.of(s.getQuery()) : Optional.empty();
        }
        if (e instanceof ElementGroup g) {
            for (Element c : g.getElements()) {
                Optional<Query> found = find(c);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (e instanceof ElementOptional o) {
            return find(o.getOptionalElement());
        } else if (e instanceof ElementUnion u) {
            for (Element c : u.getElements()) {
                Optional<Query> found = find(c);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
