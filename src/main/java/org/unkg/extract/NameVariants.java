package org.unkg.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms under which a reference label can be printed in running text. UN short names carry
 * sorting decorations ("Gambia (the)", "Iran (Islamic Republic of)", "伊朗（伊斯兰共和国）") and
 * formal names a leading article ("the Kyrgyz Republic"); the text says "the Gambia", "Iran",
 * "the Islamic Republic of Iran", "Kyrgyz Republic".
 */
final class NameVariants {
    private static final Pattern TRAILING_PAREN = Pattern.compile("^(.+?)\\s*[(（]([^()（）]+)[)）]\\s*$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+");

    private NameVariants() {
    }

    /**
     * Variants of {@code label}: the label without a leading "the", without a trailing
     * parenthesis, and with an "… of" parenthesis moved in front ("Islamic Republic of Iran").
     * The bare form without the parenthesis is only added when {@code withBase} is true (callers
     * pass false when that bare form would be ambiguous).
     */
    static Set<String> of(String label, boolean withBase) {
        Set<String> out = new LinkedHashSet<>();
        String s = LEADING_THE.matcher(label.strip()).replaceFirst("");
        Matcher m = TRAILING_PAREN.matcher(s);
        if (m.matches()) {
            String base = m.group(1).strip();
            String inner = LEADING_THE.matcher(m.group(2).strip()).replaceFirst("");
            if (inner.equalsIgnoreCase("the") || inner.isEmpty()) {
                out.add(base);
                return out;
            }
            out.add(s);
            if (inner.endsWith(" of")) {
                out.add(inner + " " + base);
            } else if (MatchText.isUnspaced(base.charAt(base.length() - 1))) {
                out.add(base + inner);
            }
            if (withBase) {
                out.add(base);
            }
            return out;
        }
        out.add(s);
        return out;
    }

    /** The bare form of a label with a trailing parenthesis ("Iran"), or null. */
    static String base(String label) {
        Matcher m = TRAILING_PAREN.matcher(LEADING_THE.matcher(label.strip()).replaceFirst(""));
        return m.matches() ? m.group(1).strip() : null;
    }
}
