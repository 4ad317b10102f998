package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void englishDates() {
        DateParser en = DateParser.forLanguage("en");
        assertEquals(Optional.of(LocalDate.of(2019, 9, 12)), en.parse("12 September 2019"));
        assertEquals(Optional.empty(), en.parse("31 February 2019"));
        assertEquals(List.of(new DateParser.DateMatch(24, 36, LocalDate.of(2022, 7, 28))),
                en.findAll("Resolution adopted on\n  28 July 2022"));
    }

    @Test
    void chineseDatesWithAndWithoutSpaces() {
        DateParser zh = DateParser.forLanguage("zh");
        assertEquals(Optional.of(LocalDate.of(2019, 9, 12)), zh.parse("2019 年 9 月 12 日"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 21)), zh.parse("2024年3月21日"));
        String t = "第 50/80 A 号和 2015\n年 6 月 3 日 第 69/285 号";
        DateParser.DateMatch m = zh.parseBefore(t, t.lastIndexOf('第'), 40).orElseThrow();
        assertEquals(LocalDate.of(2015, 6, 3), m.date());
        assertEquals(t.indexOf("2015"), m.start());
        assertEquals(Optional.empty(), zh.parseBefore(t, t.indexOf("号"), 40));
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        assertEquals("en", DateParser.forLanguage("xx").language());
        assertEquals(Optional.of(LocalDate.of(2022, 7, 28)), DateParser.forLanguage("fr").parse("28 juillet 2022"));
    }
}
