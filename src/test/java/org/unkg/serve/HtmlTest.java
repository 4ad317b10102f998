package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** Values from documents are text, never markup or script. */
class HtmlTest {
    private final LocalLinks links = new LocalLinks("https://w3id.org/unkg/", Map.of("doc", "https://w3id.org/unkg/doc/"));

    @Test
    void escapesMarkupInLiterals() {
        String h = Html.node(ResourceFactory.createLangLiteral("<script>alert('x')</script> & \"q\"", "en"), links);
        assertFalse(h.contains("<script>"));
        assertTrue(h.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), h);
    }

    @Test
    void linksOnlyHttpIris() {
        assertEquals("<a href=\"/doc/A/RES/76/299\">doc:A/RES/76/299</a>",
                Html.node(ResourceFactory.createResource("https://w3id.org/unkg/doc/A/RES/76/299"), links));
        String js = Html.node(ResourceFactory.createResource("javascript:alert(1)"), links);
        assertFalse(js.contains("href"), js);
        assertEquals("#", links.local("javascript:alert(1)"));
        assertEquals("https://undocs.org/en/A/RES/76/299", links.local("https://undocs.org/en/A/RES/76/299"));
    }
}
