package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.InputException;

/** The streaming parse behind the AKN reader: the tree it builds, and what it refuses. */
class AknStaxTest {
    private static final Path FILE = Path.of("doc.xml");

    private static AknElement parse(String xml) {
        return new AknStax().parse(xml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    @Test
    void textRunsJoinAcrossCommentsCdataAndEntities() {
        AknElement root = parse("\uFEFF<?xml version=\"1.0\"?>\n<!-- before -->\n<a:akomaNtoso xmlns:a=\"urn:x\">"
                + "<a:p>Caf\u00e9 &amp; <!-- c --><![CDATA[<b>]]>&#x41;<a:i>x</a:i> y<?pi z?></a:p></a:akomaNtoso>");
        assertEquals("akomaNtoso", root.name(), "local name, prefix dropped");
        AknElement p = AknXml.child(root, "p");
        // one run before <i> (as a DOM text walk concatenates the nodes), the element, one run after
        assertEquals(3, p.content().size(), p.content().toString());
        assertEquals("Caf\u00e9 & <b>A", p.content().get(0));
        assertEquals("Caf\u00e9 & <b>Ax y", p.textContent());
        assertSame(root, AknXml.firstDescendant(root, "i").root());
        assertSame(p, AknXml.firstDescendant(root, "i").parent());
    }

    @Test
    void attributesByQualifiedNameAsDomGives() {
        AknElement root = parse("<akomaNtoso xmlns:x=\"urn:x\"><a href=\" h \" x:href=\"other\" class=\"\"/></akomaNtoso>");
        AknElement a = AknXml.child(root, "a");
        assertEquals(" h ", a.attribute("href"));
        assertEquals("other", a.attribute("x:href"));
        assertEquals("h", AknXml.attr(a, "href"));
        assertTrue(a.hasAttribute("class"));
        assertNull(AknXml.attr(a, "class"), "blank is absent for attr");
        assertEquals("", a.attribute("missing"));
        assertFalse(root.hasAttribute("xmlns:x"), "namespace declarations are no attributes");
    }

    @Test
    void descendantsInDocumentOrder() {
        AknElement root = parse("<r><n id=\"1\"><n id=\"2\"/></n><m><n id=\"3\"/></m></r>");
        List<String> ids = AknXml.descendants(root, "n").stream().map(e -> e.attribute("id")).toList();
        assertEquals(List.of("1", "2", "3"), ids);
        assertEquals("1", AknXml.firstDescendant(root, "n").attribute("id"));
        assertNull(AknXml.firstDescendant(root, "none"));
    }

    @Test
    void deepNestingIsRefusedWithPosition() {
        String xml = "<r>\n" + "<p>".repeat(AknXml.MAX_DEPTH) + "x" + "</p>".repeat(AknXml.MAX_DEPTH) + "</r>";
        InputException e = assertThrows(InputException.class, () -> parse(xml));
        assertTrue(e.getMessage().startsWith(FILE + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("deeper than " + AknXml.MAX_DEPTH), e.getMessage());
        // one level less is accepted
        String ok = "<r>" + "<p>".repeat(AknXml.MAX_DEPTH - 1) + "</p>".repeat(AknXml.MAX_DEPTH - 1) + "</r>";
        assertEquals("r", parse(ok).name());
    }

    @Test
    void doctypeUndeclaredEntitiesAndBrokenXmlGiveOneLine() {
        for (String bad : List.of("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e \"boom\">]><r>&e;</r>",
                "<r>\n<p>&nbsp;</p></r>", "<r>\n<p></r>", "<r>\n</r>trailing<")) {
            InputException e = assertThrows(InputException.class, () -> parse(bad), bad);
            assertTrue(e.getMessage().startsWith(FILE + ":2:"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertFalse(e.getMessage().contains("boom"), e.getMessage());
        }
    }

    /**
     * A UTF-8 file is decoded by the JDK and parsed as text; any other encoding (declared, or a
     * UTF-16 BOM) and malformed bytes are left to the parser: the same tree either way.
     */
    @Test
    void encodingsDeclaredOrNotGiveTheSameText() {
        String body = "<akomaNtoso><p>Caf\u00e9 \u4e2d\r\nx</p></akomaNtoso>";
        for (String prolog : new String[] {"", "\uFEFF", "<?xml version=\"1.0\"?>", "<?xml version='1.0' encoding='utf-8'?>\n",
            "\uFEFF<!-- c -->\n"}) {
            byte[] b = (prolog + body).getBytes(StandardCharsets.UTF_8);
            assertEquals(prolog.replace("\uFEFF", "") + body, AknStax.utf8(b), "decoded by the JDK, BOM dropped: " + prolog);
            assertEquals("Caf\u00e9 \u4e2d\nx", new AknStax().parse(b, FILE).textContent(), prolog);
        }
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><akomaNtoso><p>Caf\u00e9</p></akomaNtoso>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertNull(AknStax.utf8(latin1));
        assertEquals("Caf\u00e9", new AknStax().parse(latin1, FILE).textContent());
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body).getBytes(StandardCharsets.UTF_16);
        assertNull(AknStax.utf8(utf16));
        assertEquals("Caf\u00e9 \u4e2d\nx", new AknStax().parse(utf16, FILE).textContent());
        byte[] broken = "<akomaNtoso><p>Caf\u00e9</p></akomaNtoso>".getBytes(StandardCharsets.UTF_8);
        broken[18] = (byte) 0xff;
        assertNull(AknStax.utf8(broken));
        assertThrows(InputException.class, () -> new AknStax().parse(broken, FILE));
    }
}
