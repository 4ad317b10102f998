package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.util.ExprUtils;
import org.junit.jupiter.api.Test;

/**
 * {@link LowerContains} answers as Jena's {@code CONTAINS(LCASE(STR(?t)), LCASE(STR(?k)))} on
 * generated strings built from the characters whose lower case is not one char for one char
 * (U+0130 → two chars, the final sigma, surrogate pairs and lone halves), others that lower to a
 * letter of another block (Kelvin and Angstrom signs), titlecase letters, and ASCII, in the root,
 * English, Turkish, Azerbaijani and Lithuanian default locales; keywords are drawn from the text
 * (upper- or lower-cased) as often as at random, so both answers occur.
 */
class LowerContainsTest {
    private static final String[] PIECES = {"a", "A", "i", "I", "z", "Z", "e", "E", " ", "-", "1",
        "\u0130", "\u0131", "\u03A3", "\u03C3", "\u03C2", "\u0391", "\u03B1", "\u00C0", "\u00E0", "\u1E9E",
        "\u00DF", "\u212A", "\u212B", "\u01C5", "\u0307", "\u0416", "\u0436", "\u00B5", "\u0178",
        "\uD801\uDC00", "\uD801\uDC28", "\uD801", "\uDC00", "J", "\u00CC"};
    private static final Expr SPARQL = ExprUtils.parse("CONTAINS(LCASE(STR(?t)), LCASE(STR(?k)))");

    @Test
    void sameAsTheSparqlExpressionOnGeneratedStrings() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("tr"),
                    Locale.forLanguageTag("az"), Locale.forLanguageTag("lt"))) {
                Locale.setDefault(locale);
                Random random = new Random(17);
                int yes = 0;
                for (int i = 0; i < 40_000; i++) {
                    String text = random(random, random.nextInt(14));
                    String keyword = keyword(random, text);
                    boolean expected = sparql(text, keyword);
                    assertEquals(expected, new LowerContains(keyword).test(text),
                            () -> locale + ": \"" + escape(text) + "\" holds \"" + escape(keyword) + "\"");
                    yes += expected ? 1 : 0;
                }
                assertTrue(yes > 10_000 && yes < 30_000, locale + ": both answers occur (" + yes + " true)");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyOtherBmpCharLowersAsCharacterToLowerCase() {
        // the fast path's premise, char by char, for all 65,536 chars but the three it leaves to the JDK
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c)) {
                assertEquals(String.valueOf(Character.toLowerCase(c)), String.valueOf(c).toLowerCase(Locale.ROOT),
                        "U+" + Integer.toHexString(c));
            }
        }
    }

    /** Half the time a piece of the text, as is or upper-cased; else random pieces. */
    private static String keyword(Random random, String text) {
        if (text.isEmpty() || random.nextBoolean()) {
            return random(random, random.nextInt(4));
        }
        int from = random.nextInt(text.length());
        String k = text.substring(from, from + random.nextInt(Math.min(5, text.length() - from) + 1));
        return random.nextBoolean() ? k.toUpperCase(Locale.ROOT) : k;
    }

    private static boolean sparql(String text, String keyword) {
        var b = BindingFactory.binding(Var.alloc("t"), NodeFactory.createLiteralString(text),
                Var.alloc("k"), NodeFactory.createLiteralString(keyword));
        return SPARQL.eval(b, new FunctionEnvBase()).getBoolean();
    }

    private static String random(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.toString();
    }
}
