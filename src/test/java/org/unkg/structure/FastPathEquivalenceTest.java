package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of the text path against the regexes they replace, on generated text
 * that mixes the profiles' words in every case with letters, marks, digits, punctuation, case
 * oddities (ß/ẞ, dotted and dotless i, final sigma) and surrogate pairs: same answers everywhere.
 */
class FastPathEquivalenceTest {
    private static final String[] PIECES = {" ", "  ", ",", ".", "-", ":", "/", "’", "'", "\n", "\t", "1", "27", "2017",
        "a", "b", "Z", "é", "É", "ß", "ẞ", "İ", "ı", "i", "I", "Σ", "ς", "σ", "\u0301", "\u0651", "и", "И", "в", "В",
        "و", "ال", "大会", "\ud835\udc00", "\ud83d\ude00", "\u00b9", "A", "RES", "x-", "n-"};

    private static String random(Random r, List<String> words, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            if (!words.isEmpty() && r.nextInt(3) == 0) {
                String w = words.get(r.nextInt(words.size()));
                b.append(switch (r.nextInt(3)) {
                    case 0 -> w;
                    case 1 -> w.toUpperCase(java.util.Locale.ROOT);
                    default -> w.toLowerCase(java.util.Locale.ROOT);
                });
            } else {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private static long regexCount(List<String> words, String s) {
        List<String> quoted = new ArrayList<>();
        words.forEach(x -> quoted.add(Pattern.quote(x)));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void wordCounterCountsWhatTheWordPatternFinds() {
        Random r = new Random(42);
        List<List<String>> lists = new ArrayList<>();
        for (String l : Profile.languages()) {
            List<String> w = Profile.load(l).list("detect.words");
            if (!w.isEmpty()) {
                lists.add(w);
            }
        }
        lists.add(List.of("ß", "i", "İ", "σ", "a", "ab", "abc", "b"));
        List<String> many = new ArrayList<>(List.of("ẞ", "ı", "ς", "и"));
        for (int k = 0; many.size() < 70; k++) {
            many.add(Integer.toString(k, 36) + "x"); // more words than the first-character index holds
        }
        lists.add(many);
        long total = 0;
        for (List<String> words : lists) {
            WordCounter c = new WordCounter(words);
            for (int k = 0; k < 3000; k++) {
                String s = random(r, words, 1 + r.nextInt(40));
                long expected = regexCount(words, s);
                assertEquals(expected, c.count(s), () -> words + " in \"" + s + "\"");
                total += expected;
            }
        }
        assertTrue(total > 1000, "the generated texts hold words: " + total);
    }

    @Test
    void countAllCountsForEachListWhatItsOwnPatternFinds() {
        Random r = new Random(43);
        List<List<String>> lists = new ArrayList<>();
        for (String l : Profile.languages()) {
            List<String> w = Profile.load(l).list("detect.words");
            if (!w.isEmpty()) {
                lists.add(w);
            }
        }
        lists.add(List.of("ab", "a", "b a", "ab-c", "c"));  // words that overlap, and with non-letters inside
        List<String> all = lists.stream().flatMap(List::stream).toList();
        List<WordCounter> counters = lists.stream().map(WordCounter::new).toList();
        long total = 0;
        for (int k = 0; k < 3000; k++) {
            String s = random(r, all, 1 + r.nextInt(60));
            long[] n = WordCounter.countAll(counters, s);
            for (int i = 0; i < lists.size(); i++) {
                List<String> words = lists.get(i);
                long expected = regexCount(words, s);
                assertEquals(expected, n[i], () -> words + " in \"" + s + "\"");
                total += expected;
            }
        }
        assertTrue(total > 1000, "the generated texts hold words: " + total);
    }

    @Test
    void theScriptTableGivesWhatUnicodeScriptOfSays() {
        assertEquals(Character.UnicodeScript.CYRILLIC, LanguageDetector.dominantScript("A/RES/79/1 ссылаясь"));
        assertEquals(Character.UnicodeScript.HAN, LanguageDetector.dominantScript("大会 A/RES/79/1"));
        assertEquals(Character.UnicodeScript.LATIN, LanguageDetector.dominantScript("1234 ,."));
        assertEquals(Character.UnicodeScript.ARABIC, LanguageDetector.dominantScript("الجمعية العامة A/RES/79/1"));
    }

    @Test
    void brokenPartIsWhatTheRegexFound() {
        Random r = new Random(7);
        Pattern broken = Pattern.compile("([\\p{L}\\p{N}]+)-$");
        int hits = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of("-", "Moyen-", "2018-", "\ud835\udc00-", "\u00b2-", "\u2166-"), r.nextInt(6))
                    .stripTrailing(); // as LineJoin sees a line
            Matcher m = broken.matcher(s);
            String expected = m.find() ? m.group(1) : null;
            assertEquals(expected, LineJoin.brokenPart(s), () -> "\"" + s + "\"");
            hits += expected != null ? 1 : 0;
        }
        assertTrue(hits > 100, "cases that end in a word and a hyphen: " + hits);
    }

    @Test
    void noGluedCandidateMeansNeitherGluedPatternMatches() {
        Random r = new Random(11);
        int candidates = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of("Peace", "2017", "，", "、", "。", "A/RES/79/1"), 1 + r.nextInt(12));
            boolean found = BodyParser.GLUED.matcher(s).find() || BodyParser.GLUED_LIST.matcher(s).find();
            if (found) {
                assertTrue(BodyParser.mayHoldGluedMark(s), () -> "\"" + s + "\"");
            }
            candidates += BodyParser.mayHoldGluedMark(s) ? 1 : 0;
        }
        assertTrue(candidates > 100 && candidates < 20000, "texts with a candidate mark: " + candidates);
        assertFalse(BodyParser.mayHoldGluedMark("resolution 78/123 of 2 May 2024 and A/RES/79/1"));
        assertTrue(BodyParser.mayHoldGluedMark("the Treaty,3 which"));
    }

    private static final List<String> MARK_WORDS = List.of("Peace,", "2017,", "，", "、", "。", "A/RES/79/1", ", ", "¹²",
            "<sup>3</sup>", "\r\n", "\r", "\u2028", "\u0085", ":", "5", "12", "3", "(2)", "*", "#", "]", "(x)", "\t\t",
            "  ", "x", "2 ", "；");

    @Test
    void markedIsWhatThePatternPerMarkFinds() {
        Random r = new Random(5);
        int hits = 0;
        for (int k = 0; k < 30000; k++) {
            String s = random(r, MARK_WORDS, 1 + r.nextInt(14));
            String n = Integer.toString(1 + r.nextInt(r.nextBoolean() ? 5 : 200));
            boolean expected = Pattern.compile("[^\\s\\d/.\\-:]" + n
                    + "(?:\\s|$|[,;:\uff0c\u3002\uff1b\uff1a\u060c\u061b])").matcher(s).find();
            assertEquals(expected, TextLayout.marked(new StringBuilder(s), n), () -> n + " in \"" + s + "\"");
            hits += expected ? 1 : 0;
        }
        assertTrue(hits > 100, "texts that carry the mark: " + hits);
    }

    @Test
    void linesAreWhatTheSplitGave() {
        Random r = new Random(6);
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of("\r\n", "\r", "\n", "\n\r", "ab", ""), r.nextInt(12));
            assertEquals(List.of(s.split("\r\n|\r|\n", -1)), TextLayout.lines(s), () -> "\"" + s + "\"");
        }
    }

    @Test
    void trailingMarksGoAsTheRegexesTookThem() {
        Random r = new Random(8);
        int changed = 0;
        for (int k = 0; k < 30000; k++) {
            String s = random(r, MARK_WORDS, r.nextInt(10));
            String expected = TextLayout.TRAILING_MARK.matcher(TextLayout.MARK_LIST.matcher(s).replaceAll("")
                    .stripTrailing()).replaceAll("");
            assertEquals(expected, TextLayout.withoutTrailingMarks(s), () -> "\"" + s + "\"");
            changed += expected.equals(s.stripTrailing()) ? 0 : 1;
        }
        assertTrue(changed > 500, "texts that lose a mark: " + changed);
    }

    @Test
    void spacedIsWhatTheReplacementGave() {
        Random r = new Random(9);
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of(" ", "\t", "  ", "a", "\u3000", "\n"), r.nextInt(12));
            assertEquals(s.replaceAll("[ \\t]+", " "), BodyParser.spaced(s), () -> "\"" + s + "\"");
        }
    }

    @Test
    void gluedMarksAreFoundWhereTheRegexFindsThem() {
        Random r = new Random(10);
        int found = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, MARK_WORDS, 1 + r.nextInt(14));
            for (Pattern p : List.of(BodyParser.GLUED, BodyParser.GLUED_LIST)) {
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(s);
                while (m.find()) {
                    expected.add(m.start() + ":" + m.group());
                }
                List<String> actual = new ArrayList<>();
                Matcher f = p.matcher(s);
                for (int from = 0; BodyParser.findGlued(f, s, from); from = f.end()) {
                    actual.add(f.start() + ":" + f.group());
                }
                assertEquals(expected, actual, () -> p + " in \"" + s + "\"");
                found += expected.size();
            }
            if (BodyParser.SUP.matcher(s).find()) {
                assertTrue(BodyParser.maySup(s, 0), () -> "\"" + s + "\"");
            }
        }
        assertTrue(found > 1000, "marks found: " + found);
    }

    @Test
    void markdownIsSeenAsTheSinglePatternSawIt() {
        Random r = new Random(12);
        Pattern old = Pattern.compile("(?m)^#{1,6}\\s|\\]\\([^)]*\\)|<sup>|(?m)^\\s*\\*[^*\\s\\d][^*]*\\*");
        int md = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of("# ", "[a](b)", "<sup>", "*x*", " *", "]", "(", ")", "\n", "*1*", "##"),
                    r.nextInt(10));
            boolean expected = old.matcher(s).find();
            assertEquals(expected, MarkdownLib.looksLikeMarkdown(s), () -> "\"" + s + "\"");
            md += expected ? 1 : 0;
        }
        assertTrue(md > 1000, "markdown texts: " + md);
        // the hand scan: line terminators of every kind, runs of "#", spaces that run over line ends,
        // stars before digits and spaces, "](" without a ")" after it
        List<String> pieces = List.of("#", "######", "#######", " ", "\t", "\u000b", "\f", "\n", "\r", "\r\n", "\u0085",
                "\u2028", "\u2029", "*", "**", "a", "1", "](", ")", "(", "]", "<sup>", "<sup", "x", "*2118664*", "\u3000");
        int seen = 0;
        for (int k = 0; k < 60000; k++) {
            String s = random(r, pieces, r.nextInt(14)).replace("\ud835\udc00", "");
            boolean expected = old.matcher(s).find();
            assertEquals(expected, MarkdownLib.looksLikeMarkdown(s), () -> "\"" + s + "\"");
            seen += expected ? 1 : 0;
        }
        assertTrue(seen > 2000 && seen < 55000, "markdown texts among the hand-scan cases: " + seen);
        assertEquals(old.pattern(), MarkdownLib.MARKDOWN.pattern());
    }

    /** {@link MarkdownLib#clean} as it ran every pattern on every text with markup. */
    private static String cleanWithEveryPattern(String s) {
        if (!MarkdownLib.hasMarkup(s)) {
            return s;
        }
        Pattern link = Pattern.compile("\\[([^\\]\\[]*)\\]\\(([^)\\s]*)\\)");
        Pattern escape = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
        Pattern tag = Pattern.compile("</?(?:sup|sub|span|em|strong|i|b|u|br)\\b[^>]*>");
        Pattern heading = Pattern.compile("^\\s*#{1,6}\\s+");
        Pattern stars = Pattern.compile("(?<!\\\\)[*]+");
        java.util.function.UnaryOperator<String> plain = x -> escape.matcher(stars.matcher(x).replaceAll(""))
                .replaceAll("$1");
        String t = tag.matcher(heading.matcher(s).replaceFirst("")).replaceAll("");
        StringBuilder out = new StringBuilder();
        Matcher m = link.matcher(t);
        int last = 0;
        while (m.find()) {
            out.append(plain.apply(t.substring(last, m.start()))).append(plain.apply(m.group(1)));
            last = m.end();
        }
        return out.append(plain.apply(t.substring(last))).toString();
    }

    @Test
    void markupIsCleanedAsEveryPatternCleanedIt() {
        Random r = new Random(14);
        List<String> pieces = List.of("#", "## ", " ", "\t", "\n", "*", "**", "\\", "\\*", "\\(", "[", "]", "](",
                "[a](http://x)", "[b](c)", ")", "<sup>1</sup>", "<", "</em>", "<br/>", "a", "1", "\u5927");
        int changed = 0;
        for (int k = 0; k < 40000; k++) {
            String s = random(r, pieces, r.nextInt(12));
            String expected = cleanWithEveryPattern(s);
            assertEquals(expected, MarkdownLib.text(s), () -> "\"" + s + "\"");
            changed += expected.equals(s) ? 0 : 1;
        }
        assertTrue(changed > 5000, "texts whose markup went: " + changed);
    }

    @Test
    void aBlockThatEndsInNoMarkHoldsNoneOfTheHeadingMarks() {
        Random r = new Random(15);
        Pattern gluedRun = Pattern.compile("(?<=[.,;:\u060c\u061b])\\d{1,3}(?:\\s?[,\u060c]\\s?\\(?\\d{1,3}\\)?)+$");
        Pattern lastMark = Pattern.compile("\\d{1,3}$");
        List<String> pieces = List.of(",", ".", "\u060c", " ", "1", "23", "(", ")", "(4)", "\n", "\r", "\r\n", "\u0085",
                "\u2028", "\u2029", "a", "\u0663");
        int found = 0;
        for (int k = 0; k < 60000; k++) {
            String s = random(r, pieces, r.nextInt(10));
            boolean any = gluedRun.matcher(s).find() || lastMark.matcher(s).find();
            if (!BodyParser.mayEndInMark(s)) {
                assertFalse(any, () -> "\"" + s + "\"");
            }
            found += any ? 1 : 0;
        }
        assertTrue(found > 5000, "blocks with a mark at the end: " + found);
    }

    @Test
    void requiredTextIsReadFromThePatternSource() {
        assertEquals("raft resolution", RequiredText.of(Pattern.compile("^(?:.+?:\\s*)?[Dd]raft resolution(?:\\s+[A-Z])?$")));
        assertEquals("\u7684\u62a5\u544a", RequiredText.of(Pattern.compile("^(?<author>.+)\u7684\u62a5\u544a$")));
        assertEquals("ab", RequiredText.of(Pattern.compile("abc?d")));
        assertEquals("abc", RequiredText.of(Pattern.compile("x*abc+d{0,2}")));
        assertEquals("a.b", RequiredText.of(Pattern.compile("a\\.b\\d")));
        assertEquals("", RequiredText.of(Pattern.compile("draft|report")));
        assertEquals("", RequiredText.of(Pattern.compile("(?i)draft")));
        assertEquals("", RequiredText.of(Pattern.compile("draft", Pattern.CASE_INSENSITIVE)));
        assertEquals("", RequiredText.of(Pattern.compile("(a)\\1")));
        assertEquals("xy", RequiredText.of(Pattern.compile("[(|]xy(?:a|b)")));
    }

    @Test
    void everyMatchOfAProfilePatternHoldsItsRequiredText() {
        Random r = new Random(13);
        String[] keys = {"formula", "session", "session.special", "agenda", "adopted", "draft.adopted", "meeting",
            "heading", "distr", "letter", "annex", "note", "report", "furniture", "furniture.lang", "footnote.rule",
            "link", "url", "quantity", "footnote.not", "symbol", "date", "draft"};
        int matched = 0;
        int guarded = 0;
        for (String lang : Profile.languages()) {
            Profile p = Profile.load(lang);
            for (String key : keys) {
                Pattern pat = p.pattern(key).orElse(null);
                if (pat == null) {
                    continue;
                }
                String needs = RequiredText.of(pat);
                guarded += needs.isEmpty() ? 0 : 1;
                List<String> words = new ArrayList<>(List.of("A/RES/79/1", "2024", "12", ": ", "A", "Report of the ",
                        "\u5927\u4f1a", "\u65e5", "\u7684", "General Assembly", "Draft resolution", "Distr.: General"));
                if (!needs.isEmpty()) {
                    words.add(needs);
                    words.add(needs.substring(1));
                    words.add(needs.substring(0, needs.length() - 1));
                }
                for (int k = 0; k < 2000; k++) {
                    String s = random(r, words, 1 + r.nextInt(6));
                    if (pat.matcher(s).matches()) {
                        matched++;
                        assertTrue(s.contains(needs), () -> lang + " " + key + ": \"" + s + "\"");
                    }
                }
            }
        }
        assertTrue(guarded > 20, "patterns with a required text: " + guarded);
        assertTrue(matched > 100, "generated lines that matched: " + matched);
    }

    @Test
    void patternGatesMatchWhatTheirPatternsMatch() {
        Random r = new Random(14);
        String[] keys = {"formula", "session", "session.special", "agenda", "adopted", "draft.adopted", "meeting",
            "heading", "distr", "letter", "annex", "note", "report", "furniture", "furniture.lang", "footnote.rule",
            "link", "url", "quantity", "footnote.not", "date"};
        List<String> words = new ArrayList<>(List.of("A/RES/79/1", "A/RES/76/109", "A/RES/ES-11/1", "A/79/L.5", "/Rev.1",
                "21-18664", "(C)", "(E)", "*2118664*", "  ", " ", "12", "3", "/", "2024", "United Nations", "General Assembly",
                "\u5927 \u4f1a", "\u5927\u4f1a", "\u8054\u5408\u56fd", "---", "***", "===", "Nations Unies", "Assembl\u00e9e g\u00e9n\u00e9rale",
                "Naciones Unidas", "Asamblea General", "\u0627\u0644\u0623\u0645\u0645 \u0627\u0644\u0645\u062a\u062d\u062f\u0629",
                "\u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d\u0430\u044f \u0410\u0441\u0441\u0430\u043c\u0431\u043b\u0435\u044f", "http://undocs.org/", "https://undocs.org/en/", "x",
                "Distr.: General", "December", "\u5e74", "\u6708", "\u65e5", "de", "Agenda item ", "session", "Seventy-ninth ",
                "\n", "\t", "-"));
        int matched = 0;
        int split = 0;
        for (String lang : Profile.languages()) {
            Profile p = Profile.load(lang);
            List<String> own = new ArrayList<>(words);
            for (String key : keys) {
                p.pattern(key).ifPresent(pat -> PatternGate.of(pat).parts().forEach(part -> {
                    String need = RequiredText.of(part);
                    if (!need.isEmpty()) {
                        own.add(need);
                    }
                }));
            }
            for (String key : keys) {
                Pattern pat = p.pattern(key).orElse(null);
                if (pat == null) {
                    continue;
                }
                PatternGate gate = p.gate(pat);
                split += gate.parts().size() > 1 ? 1 : 0;
                java.util.Map<Pattern, Matcher> ms = new java.util.HashMap<>();
                PatternGate.Matching matching = gate.matching();
                for (int k = 0; k < 3000; k++) {
                    String s = random(r, own, 1 + r.nextInt(5));
                    boolean expected = pat.matcher(s).matches();
                    assertEquals(expected, gate.matches(s, x -> ms.computeIfAbsent(x, y -> y.matcher(""))),
                            () -> lang + " " + key + ": \"" + s + "\"");
                    assertEquals(expected, matching.matches(s), () -> lang + " " + key + " (matching): \"" + s + "\"");
                    matched += expected ? 1 : 0;
                }
            }
        }
        assertTrue(split >= 6, "profile patterns split at their alternatives: " + split);
        assertTrue(matched > 500, "generated lines that matched: " + matched);
        Pattern furniture = Profile.load("en").pattern("furniture").orElseThrow();
        assertTrue(PatternGate.of(furniture).parts().stream().filter(x -> !RequiredText.of(x).isEmpty()).count() >= 5,
                "most furniture alternatives are gated by a text");
    }

    @Test
    void patternsTheGateCannotReadStayWhole() {
        assertEquals(null, PatternGate.split(Pattern.compile("(a)|\\1")));
        assertEquals(null, PatternGate.split(Pattern.compile("(?i)ab|cd")));
        assertEquals(null, PatternGate.split(Pattern.compile("ab|cd", Pattern.CASE_INSENSITIVE)));
        assertEquals(null, PatternGate.split(Pattern.compile("\\Qa|b\\E")));
        assertEquals(null, PatternGate.split(Pattern.compile("a||b")));
        assertEquals(List.of("ab", "c[|]d", "e(?:f|g)h", "\\|"), PatternGate.split(Pattern.compile("^(?:ab|c[|]d|e(?:f|g)h|\\|)$")));
        assertEquals(List.of("x", "y", "Nations Unies"),
                PatternGate.split(Pattern.compile("(?:^(?:x|y)$)|(?:^(?:Nations Unies)$)")));
        Random r = new Random(15);
        List<Pattern> synthetic = List.of(Pattern.compile("^(?:ab|c[|]d|e(?:f|g)h|\\||x*|\\d{2}-\\d+|.*ab.*)$"),
                Pattern.compile("(?:a$|b)|(?:^c|ab\\$)"), Pattern.compile("(?<n>a)b|ba(?=b)|(?<=b)a"));
        for (Pattern p : synthetic) {
            PatternGate g = PatternGate.of(p);
            java.util.Map<Pattern, Matcher> ms = new java.util.HashMap<>();
            for (int k = 0; k < 20000; k++) {
                String s = random(r, List.of("a", "b", "c", "d", "e", "f", "g", "h", "|", "$", "x", "12", "-", "\n"),
                        r.nextInt(5));
                assertEquals(p.matcher(s).matches(), g.matches(s, x -> ms.computeIfAbsent(x, y -> y.matcher(""))),
                        () -> p + ": \"" + s + "\"");
            }
        }
    }

    @Test
    void verbIndexOffersEveryVerbATextCanOpenWith() {
        Random r = new Random(16);
        org.unkg.reference.ReferenceData ref = org.unkg.reference.ReferenceData.load();
        int opened = 0;
        long offeredAll = 0;
        long sameFirst = 0;
        for (String lang : Profile.languages()) {
            Profile p = Profile.load(lang);
            for (String scheme : List.of("preambular", "operative")) {
                List<String> verbs = VerbFinder.withClitics(ref.verbs(scheme, lang), p.list("verb.clitics"));
                for (boolean ignoreCase : List.of(true, false)) {
                    VerbIndex index = new VerbIndex(verbs, ignoreCase);
                    List<String> words = new ArrayList<>(verbs.subList(0, Math.min(verbs.size(), 60)));
                    words.addAll(List.of("\u064b", "\u0651", "\u0301"));
                    for (int k = 0; k < 1500; k++) {
                        String base = random(r, words, 1 + r.nextInt(3));
                        String text = switch (r.nextInt(4)) {
                            case 0 -> base.toUpperCase(java.util.Locale.ROOT);
                            case 1 -> base.toLowerCase(java.util.Locale.ROOT);
                            default -> base;
                        };
                        int[] c = index.candidates(text);
                        for (int j = 1; j < c.length; j++) {
                            assertTrue(c[j - 1] < c[j], "ascending");
                        }
                        java.util.Set<Integer> offered = new java.util.HashSet<>();
                        int second = VerbIndex.second(text);
                        for (int x : c) {
                            if (index.secondMatches(x, second)) {
                                offered.add(x);
                            }
                        }
                        offeredAll += offered.size();
                        for (int v = 0; v < verbs.size(); v++) {
                            if (VerbFinder.matchEnd(text, verbs.get(v), ignoreCase) >= 0) {
                                opened++;
                                final int at = v;
                                assertTrue(offered.contains(v), () -> lang + " " + verbs.get(at) + " in \"" + text + "\"");
                            }
                            sameFirst += firstMatches(text, verbs.get(v), ignoreCase) ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertTrue(opened > 5000, "texts that open with a verb: " + opened);
        // the second character narrows: fewer verbs pass than share the text's first letter
        assertTrue(offeredAll < sameFirst * 3 / 4, "offered " + offeredAll + " of " + sameFirst);
    }

    /** Whether the first characters that are no marks of a text and a verb compare as matchEnd compares them. */
    private static boolean firstMatches(String text, String verb, boolean ignoreCase) {
        String a = text.chars().filter(ch -> !VerbFinder.isMark((char) ch)).limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String b = verb.chars().filter(ch -> !VerbFinder.isMark((char) ch)).limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return b.isEmpty() || !a.isEmpty() && (a.equals(b) || ignoreCase && VerbFinder.sameIgnoringCase(a.charAt(0), b.charAt(0)));
    }

    @Test
    void rewritesSkipOnlyLinesTheirRulesCannotChange() {
        Random r = new Random(17);
        int changed = 0;
        for (String lang : Profile.languages()) {
            Profile p = Profile.load(lang);
            for (int k = 0; k < 5000; k++) {
                String s = random(r, List.of("(1)", "(12)", " (3) ", "\u0627\u0644\u0623\u062e\u0631\u0649", "\u060c", ",", "(", ")",
                        "  ", "\n", "125 ", "(\u0631)"), 1 + r.nextInt(8));
                String expected = s;
                if (p.pattern("rewrite.1").isPresent()) {
                    StringBuilder out = new StringBuilder();
                    for (String line : s.split("\n", -1)) {
                        String t = line;
                        for (int n = 1; p.pattern("rewrite." + n).isPresent(); n++) {
                            t = p.pattern("rewrite." + n).get().matcher(t).replaceAll(p.get("rewrite." + n + ".to"));
                        }
                        out.append(t).append('\n');
                    }
                    out.setLength(out.length() - 1);
                    expected = out.toString();
                }
                final String e = expected;
                assertEquals(e, TextStructurer.rewrite(p, s), () -> lang + ": \"" + s + "\"");
                changed += e.equals(s) ? 0 : 1;
            }
        }
        assertTrue(changed > 500, "texts a rule rewrote: " + changed);
    }

    /** The three regexes {@link BodyParser#squeeze} ran in turn before its single pass. */
    private static final Pattern SQUEEZE_A = Pattern.compile(
            "(?<=[\\p{IsHan}\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b\u201c\u201d\uff08\uff09])[ ]+(?=[0-9A-Za-z])");
    private static final Pattern SQUEEZE_B = Pattern.compile(
            "(?<=[0-9A-Za-z])[ ]+(?=[\\p{IsHan}\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b\u201c\u201d\uff08\uff09])");
    private static final Pattern SQUEEZE_C = Pattern.compile(
            "(?<=[\\p{IsHan}\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b])[ ]+(?=[\\p{IsHan}\u300a\u300b])");

    @Test
    void squeezeDropsWhatTheThreePatternsDropped() {
        Random r = new Random(13);
        List<String> pieces = List.of(" ", "   ", "大会", "\uff0c", "\u3002", "\u300a", "\u300b", "\u201c", "\u201d",
                "\uff08", "\uff09", "\u3001", "\uff1b", "A", "z", "7", "2024", "\ud840\udc00", "\ud840", "\udc00", "é", "-");
        int changed = 0;
        for (int k = 0; k < 30000; k++) {
            String s = random(r, pieces, r.nextInt(12));
            String t = SQUEEZE_B.matcher(SQUEEZE_A.matcher(s).replaceAll("")).replaceAll("");
            String expected = SQUEEZE_C.matcher(t).replaceAll("");
            assertEquals(expected, BodyParser.squeeze(s), () -> "\"" + s + "\"");
            changed += expected.equals(s) ? 0 : 1;
        }
        assertTrue(changed > 300, "texts the patterns changed: " + changed);
    }

    /** LineJoin.join as it was written on Strings, before {@link LineJoin#appendTo} joined in place. */
    private static String stringJoin(boolean spaced, String lower, String a, String b) {
        String x = a.stripTrailing();
        String y = b.strip();
        if (!spaced) {
            boolean digit = !x.isEmpty() && !y.isEmpty() && (Character.isDigit(x.charAt(x.length() - 1))
                    && x.charAt(x.length() - 1) < 0x80 || y.charAt(0) >= '0' && y.charAt(0) <= '9');
            return x + (digit ? " " : "") + y;
        }
        Matcher part = Pattern.compile("([\\p{L}\\p{N}]+)-$").matcher(x);
        Matcher next = Pattern.compile("^[\\p{L}\\p{N}]+").matcher(y);
        if (!part.find() || !next.find()) {
            return x + " " + y;
        }
        String p = part.group(1);
        String word = next.group();
        String stem = word.length() > 6 ? word.substring(0, 6) : word;
        boolean compound = lower.contains((p + "-" + stem).toLowerCase(java.util.Locale.ROOT));
        if (Character.isLowerCase(p.charAt(p.length() - 1)) && Character.isLowerCase(y.charAt(0)) && !compound) {
            return x.substring(0, x.length() - 1) + y;
        }
        return x + y;
    }

    @Test
    void appendToJoinsAsTheStringJoinDid() {
        Random r = new Random(17);
        List<String> pieces = List.of("dix-neuvième", "sous-", "régional", "develop-", "ment", "Moyen-", "Orient", "2018-",
                "2027)", " ", "  ", "\t", "\u2003", "\u00a0", "，", "2", "大会", "-", "x", "\ud835\udc00-", "é");
        String doc = "la dix-neuvième session sous-régional et Moyen-Orient";
        for (String lang : List.of("fr", "zh")) {
            Profile p = Profile.load(lang);
            LineJoin joins = new LineJoin(p, doc);
            String lower = doc.toLowerCase(java.util.Locale.ROOT);
            for (int k = 0; k < 20000; k++) {
                String a = random(r, pieces, 1 + r.nextInt(5));
                String b = random(r, pieces, 1 + r.nextInt(4));
                StringBuilder block = new StringBuilder(a);
                joins.appendTo(block, b);
                String expected = stringJoin(p.joinsWithSpace(), lower, a, b);
                assertEquals(expected, block.toString(), () -> lang + " \"" + a + "\" + \"" + b + "\"");
            }
        }
    }
}
