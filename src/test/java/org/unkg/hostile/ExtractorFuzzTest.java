package org.unkg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.unkg.InputException;
import org.unkg.TestReference;
import org.unkg.extract.Extractor;
import org.unkg.extract.Extractors;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Paragraph;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.Iris;
import org.unkg.reference.ReferenceData;

/**
 * Every extractor, then the mapper, on generated paragraphs: real phrases cut and glued with
 * odd code points, and long runs built to make regular expressions backtrack. No exception,
 * nothing over the time bound, every finding's span inside its paragraph.
 */
class ExtractorFuzzTest {
    private static final String[] PIECES = {"A/RES/76/299", "resolution 73/338 of 12 September 2019", "A/76/L.74",
        "Kazakhstan", "United Nations Development Programme", "Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
        "of 28 July 2022", "(", ")", "/", "A/RES/", "S/RES/", "E/", "and", ", ", ";", "\u202e", "\u200b", "\u0000",
        "\uff17\uff16", "\ud83d\ude00", "\ud800", "\u0627\u0644\u0623\u0645\u0645", "\u8054\u5408\u56fd", "19", "31",
        "December", "Add.1", "Corr.2", "(XXVI)", "\u201c", "\u201d", "\n", "  ", "Convention", "Protocol", "the"};

    private static List<Extractor> extractors;
    private static DocumentMapper mapper;

    @BeforeAll
    static void setUp() {
        ReferenceData ref = TestReference.load();
        extractors = Extractors.standard(ref);
        mapper = new DocumentMapper(Iris.defaults(), ref);
    }

    private static String paragraph(Random rnd) {
        StringBuilder b = new StringBuilder();
        int kind = rnd.nextInt(4);
        if (kind == 0) {
            // backtracking bait: one piece repeated thousands of times, then a spoiler
            String p = PIECES[rnd.nextInt(PIECES.length)];
            b.append(p.repeat(Math.max(1, 20_000 / Math.max(1, p.length())))).append('!');
        } else {
            int n = 5 + rnd.nextInt(kind == 1 ? 400 : 60);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
                if (rnd.nextInt(3) == 0) {
                    b.append(' ');
                }
            }
        }
        return b.toString();
    }

    @Test
    void extractorsAndMapperSurviveGeneratedParagraphs() {
        Random rnd = new Random(99);
        int tried = 0;
        int refused = 0;
        List<String> crashes = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String text = paragraph(rnd);
            DocumentRecord d = DocumentRecord.builder().symbol("A/RES/76/" + (1000 + i)).type(DocType.RESOLUTION)
                    .language("en").sourceFile("gen-" + i + ".txt").session(76).body("General Assembly")
                    .adoptionDate(LocalDate.of(2022, 7, 28)).title("Generated")
                    .preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, "Recalling", text,
                            List.of(), List.of()))
                    .build();
            tried++;
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    DocumentRecord out = Extractors.apply(d, extractors);
                    for (Finding f : out.findings()) {
                        assertTrue(f.span().start() >= 0 && f.span().end() <= text.length()
                                && f.span().start() <= f.span().end(), () -> "span outside: " + f);
                    }
                    List<Triple> t = mapper.map(out);
                    assertTrue(!t.isEmpty());
                });
            } catch (AssertionFailedError e) {
                (String.valueOf(e.getMessage()).contains("timed out") ? hangs : crashes).add(i + ": " + e.getMessage());
            } catch (InputException e) {
                refused++;
                assertTrue(e.getMessage().startsWith("gen-" + i + ".txt: "), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                crashes.add(i + ": " + e + " at " + java.util.Arrays.stream(e.getStackTrace()).filter(s -> s.getClassName().startsWith("org.unkg")).findFirst().map(String::valueOf).orElse("?"));
            }
        }
        System.out.printf("fuzz extractors: %d paragraphs, %d crashes, %d hangs, %d refused with InputException%n",
                tried, crashes.size(), hangs.size(), refused);
        assertTrue(refused < tried / 10, "most generated paragraphs must be read: " + refused);
        assertEquals(List.of(), crashes);
        assertEquals(List.of(), hangs);
    }
}
