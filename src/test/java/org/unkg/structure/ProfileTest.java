package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProfileTest {
    @Test
    void numbersInWords() {
        Profile en = Profile.load("en");
        Profile zh = Profile.load("zh");
        assertEquals(76, en.number("Seventy-sixth"));
        assertEquals(100, en.number("Hundredth"));
        assertEquals(11, en.number("Eleventh"));
        assertNull(en.number("Special"));
        assertEquals(76, zh.number("七十六"));
        assertEquals(10, zh.number("十"));
        assertEquals(12, zh.number("十二"));
        assertEquals(100, zh.number("一百"));
    }

    @Test
    void datesPerLanguage() {
        assertEquals(Optional.of(LocalDate.of(2022, 7, 28)), Profile.load("zh").date("2022 年 7 月 28 日"));
        assertEquals(Optional.of(LocalDate.of(2022, 7, 28)), Profile.load("en").date("on 28 July 2022"));
        assertEquals(Optional.empty(), Profile.load("en").date("31 February 2022"));
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertEquals("en", Profile.load("xx").language());
    }
}
