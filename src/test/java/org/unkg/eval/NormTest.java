package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What {@link Norm#text} treats as no content difference. */
class NormTest {
    @Test
    void directionMarksAreNoContent() {
        // the Arabic XML carries RLM (U+200F) inside titles; a PDF's text does not show them
        assertEquals("المعقودة في عام 1949 المتعلقين", Norm.text("المعقودة في عام \u200f\u200f1949 المتعلقين", "ar"));
        assertEquals("البعثات الدبلوماسية", Norm.text("البعثات \u200fالدبلوماسية", "ar"));
        assertEquals(Norm.text("a \u2067b\u2069 c", "en"), Norm.text("a b c", "en"));
    }
}
