package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Language detection from the profiles: script, then file name and function words. */
class LanguageDetectorTest {
    private final LanguageDetector d = new LanguageDetector(
            Profile.languages().stream().map(Profile::load).toList());

    @Test
    void theScriptDecidesForCyrillicArabicAndHan() {
        assertEquals("ru", d.detect("A/RES/79/10\nГенеральная Ассамблея,\nссылаясь на свою резолюцию 73/338,", null));
        assertEquals("ar", d.detect("A/RES/79/10\nإن الجمعية العامة،\nوإذ تشير إلى قرارها 73/338،", null));
        assertEquals("zh", d.detect("大会， 回顾其 2019 年 9 月 12 日第 73/338 号决议", null));
        assertEquals("en", d.detect("The General Assembly,\nRecalling its resolution 73/338,", null));
    }

    @Test
    void latinSymbolsAndLinksDoNotOutvoteTheText() {
        String ru = "https://undocs.org/ru/A/RES/73/338 https://undocs.org/ru/A/RES/64/256 A/79/L.11\n"
                + "ссылаясь на резолюцию";
        assertEquals("ru", d.detect(ru, null));
    }

    @Test
    void aFileNameThatSaysTheLanguageDecidesFirst() {
        assertEquals("ru", d.detect("The General Assembly,", "/data/A_RES_79_10-2421660R.txt"));
        assertEquals("ar", d.detect("The General Assembly,", "resolution_ar.txt"));
        assertEquals("en", d.detect("The General Assembly,", "/data/ar/doc-0001.txt")); // folders say nothing
        assertEquals("en", d.detect("The General Assembly,", null));
    }

    @Test
    void everyProfileTakesPart() {
        List<String> langs = Profile.languages();
        assertEquals(List.of("en", "zh"), langs.subList(0, 2));
        org.junit.jupiter.api.Assertions.assertTrue(langs.containsAll(List.of("ru", "ar")));
    }
}
