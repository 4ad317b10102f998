package org.unkg.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;

/**
 * A crude reading of the shared corpus texts into records, only for measuring the extractors
 * against the gold: text normalized as gold/README.md "Surfaces" says, blocks split on blank
 * lines (English) or on indented lines (Chinese PDF text, whose wrapped lines are joined with
 * nothing), footnotes recognized by their leading marker.
 */
final class GoldCorpus {
    private static final Pattern EN_FOOTNOTE = Pattern.compile("^(?:<sup>(\\d+)</sup>|([\u00b9\u00b2\u00b3\u2070-\u2079]+))\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern ZH_FOOTNOTE = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$", Pattern.DOTALL);
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private GoldCorpus() {
    }

    static DocumentRecord read(Path file, String language, String symbol) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> blocks = "zh".equals(language) ? zhBlocks(text) : enBlocks(text);
        DocumentRecord.Builder b = DocumentRecord.builder().symbol(symbol).type(DocType.DOCUMENT)
                .language(language).sourceFile(file.getFileName().toString());
        List<String> paragraphs = new ArrayList<>();
        List<String[]> notes = new ArrayList<>();
        boolean afterRule = false;
        for (String raw : blocks) {
            Matcher en = EN_FOOTNOTE.matcher(raw);
            Matcher zh = ZH_FOOTNOTE.matcher(raw);
            if (!"zh".equals(language) && en.matches()) {
                String n = en.group(1) != null ? en.group(1) : fromSuperscript(en.group(2));
                notes.add(new String[] {n, en.group(3)});
            } else if ("zh".equals(language) && afterRule && zh.matches()) {
                notes.add(new String[] {zh.group(1), zh.group(2)});
            } else {
                paragraphs.add(raw);
            }
            afterRule = "zh".equals(language) && (afterRule || raw.startsWith("____"));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            b.preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/" + (i + 1), i + 1, null, null,
                    clean(paragraphs.get(i)), List.of(), List.of()));
        }
        for (String[] n : notes) {
            String attached = null;
            for (int i = 0; i < paragraphs.size() && attached == null; i++) {
                if (hasMark(paragraphs.get(i), n[0])) {
                    attached = "preamble/" + (i + 1);
                }
            }
            b.footnote(new Footnote(n[0], clean(n[1]), attached, List.of()));
        }
        return b.build();
    }

    private static List<String> enBlocks(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\\n\\s*\\n")) {
            String s = raw.replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1").replace("\\(", "(").replace("\\)", ")")
                    .replace("*", "").replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> zhBlocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            boolean starts = Character.isWhitespace(line.charAt(0)) || line.startsWith("http")
                    || line.startsWith("#") || line.startsWith("___");
            if (starts && cur.length() > 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
            cur.append(line.stripTrailing());
            if (line.startsWith("http") || line.startsWith("___")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static boolean hasMark(String paragraph, String n) {
        StringBuilder sup = new StringBuilder();
        n.chars().forEach(c -> sup.append(SUPERSCRIPTS.charAt(c - '0')));
        return paragraph.contains(sup) || paragraph.contains("<sup>" + n + "</sup>");
    }

    private static String clean(String s) {
        return s.replaceAll("<sup>\\d+</sup>", "");
    }

    private static String fromSuperscript(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(SUPERSCRIPTS.indexOf(c)));
        return sb.toString();
    }
}
