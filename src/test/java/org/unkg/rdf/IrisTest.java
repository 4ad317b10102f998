package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IrisTest {
    private final Iris iris = Iris.defaults();

    @Test
    void pathDropsEmptySegmentsAndEncodesDotsWhetherOrNotItCanReturnItsInput() {
        assertEquals("A/RES/76/1", Iris.path("A/RES/76/1"));
        assertEquals("A/B", Iris.path("/A//B/"));
        assertEquals("_", Iris.path(""));
        assertEquals("_", Iris.path("//"));
        assertEquals("a/__/b/___/.c/d..", Iris.path("a/./b/../.c/d.."));
        assertEquals("__", Iris.path("."));
        assertEquals("ab/c", Iris.path("a b/c"));
        assertEquals("x%2Fy%C3%A9", Iris.segment("x/yé"));
        assertEquals("%C3%A9/z", Iris.path("é/z"));
    }

    @Test
    void mintsDesignIris() {
        assertEquals("https://w3id.org/unkg/doc/A/RES/76/299", iris.work("A/RES/76/299"));
        assertEquals("https://w3id.org/unkg/doc/A/RES/2832(XXVI)", iris.work("A/RES/2832(XXVI)"));
        assertEquals("https://w3id.org/unkg/doc/A/76/L.74/Add.1", iris.work("A/76/L.74/Add.1"));
        assertEquals("https://w3id.org/unkg/state/kaz", iris.state("KAZ"));
        assertEquals("https://w3id.org/unkg/doc/A/RES/76/299/lang/zh",
                iris.expression(iris.work("A/RES/76/299"), "ZH"));
        assertEquals("https://w3id.org/unkg/doc/A/RES/76/299/operative/5/a",
                iris.part(iris.work("A/RES/76/299"), "operative/5/a"));
        assertEquals("https://w3id.org/unkg/meeting/A/76/97", iris.meeting("A", 76, 97));
        assertEquals("https://w3id.org/unkg/agenda/A/72/19(a)", iris.agendaItem("A", 72, "19(a)"));
    }

    @Test
    void otherBaseAndRebase() {
        Iris other = new Iris("http://example.org/kg");
        assertEquals("http://example.org/kg/state/uzb", other.state("uzb"));
        assertEquals("http://example.org/kg/state/uzb", other.rebase("https://w3id.org/unkg/state/uzb"));
        assertTrue(other.owns("http://example.org/kg/doc/x"));
        assertFalse(other.owns("https://w3id.org/unkg/doc/x"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("urn:x"));
    }

    static Stream<String> hostileSymbols() {
        return Stream.of("A/RES/76/299 ", "A /RES/ 76", "A/RES/<script>", "A/RES/\"quoted\"", "第 73/338 号",
                "A/RES/53/243 A and B", "..", "a/../b", "A/RES/76/299#frag?x=1", "{}|\\^`", "\u0000\u0007x",
                "ق/٧٦/٢٩٩", "%41%", "A//RES///1", "", " ", "\uD83D\uDE00/emoji");
    }

    @ParameterizedTest
    @MethodSource("hostileSymbols")
    void everyMintedIriIsValid(String symbol) {
        String w = iris.work(symbol);
        IRIx x = IRIx.create(w);
        assertTrue(x.isAbsolute(), w);
        assertFalse(w.contains(" "), w);
        assertFalse(w.contains("#") || w.contains("?"), w);
        assertFalse(w.substring(8).contains("//"), w);
        String s = iris.span(iris.expression(w, "en"), symbol, 0, 1);
        assertTrue(IRIx.create(s).isAbsolute(), s);
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        assertEquals("%E5%8F%B7", Iris.segment("号"));
        assertEquals("a%22b", Iris.segment("a\"b"));
    }
}
