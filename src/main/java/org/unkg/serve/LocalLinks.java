package org.unkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Maps IRIs under the base to paths of this server ({@code https://w3id.org/unkg/doc/A/RES/76/299}
 * → {@code /doc/A/RES/76/299}) and back, and gives short display names with the usual prefixes.
 */
record LocalLinks(String base, Map<String, String> prefixes) {
    /** The path on this server of an IRI under the base; other IRIs are returned unchanged. */
    String local(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    /** The IRI a request path (raw, still percent-encoded, starting with '/') stands for. */
    String iri(String path) {
        return base + path.substring(1);
    }

    String shortName(String iri) {
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
