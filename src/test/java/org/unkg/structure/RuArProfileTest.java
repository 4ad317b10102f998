package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The Russian and Arabic profiles: ordinals, dates, header lines and the normalizations they rely on. */
class RuArProfileTest {
    private final Profile ru = Profile.load("ru");
    private final Profile ar = Profile.load("ar");

    @Test
    void russianSessionOrdinalsAreInflectedWords() {
        assertEquals("ru", ru.language());
        assertEquals(79, ru.number("Семьдесят девятая"));
        assertEquals(80, ru.number("Восьмидесятая"));
        assertEquals(11, ru.number("одиннадцатая"));
        assertEquals(101, ru.number("сто первая"));
        assertEquals(null, ru.number("Семьдесят девятой сессии")); // not an ordinal phrase
        assertTrue(ru.match("session", "Семьдесят девятая сессия").isPresent());
        assertTrue(ru.match("session", "на своей семьдесят девятой сессии").isEmpty());
    }

    @Test
    void arabicSessionOrdinalsCarryTheConjunctionAsAPrefix() {
        assertEquals(79, ar.number("التاسعة والسبعون"));
        assertEquals(11, ar.number("الحادية عشرة"));
        assertEquals(21, ar.number("الحادية والعشرون"));
        assertEquals(80, ar.number("الثمانون"));
        assertEquals(1, ar.number("الأولى"));
        assertEquals(null, ar.number("الجمعية العامة"));
        assertEquals("التاسعة والسبعون", ar.match("session", "الدورة التاسعة والسبعون").get().group("ord"));
    }

    @Test
    void russianDatesUseGenitiveMonthsAndOptionalGoda() {
        assertEquals(Optional.of(LocalDate.of(2024, 10, 24)), ru.dateLine("24 октября 2024 года"));
        assertEquals(Optional.of(LocalDate.of(2019, 9, 12)), ru.date("резолюцию 73/338 от 12 сентября 2019 года"));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), ru.dateLine("1 мая 2024"));
        assertTrue(ru.dateLine("24 октябрь-2024").isEmpty());
    }

    @Test
    void arabicMonthsAreKnownByEitherNameWithStrayTatweelAndSpaces() {
        assertEquals(Optional.of(LocalDate.of(2024, 10, 24)), ar.dateLine("24 تشرين الأول/أكتوبر 2024"));
        assertEquals(Optional.of(LocalDate.of(2022, 11, 21)), ar.dateLine("21 تشرين الثاني/ نوفمبر 2022"));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), ar.dateLine("3 مايو/أيار 2024")); // names reversed
        assertEquals(Optional.of(LocalDate.of(2024, 12, 4)), ar.dateLine("4 كـانون الأول/ديسـمبر 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 4)), ar.dateLine("4 كانون اﻷول/ديسمبر 2024")); // ligature
        assertEquals(12, ar.month("كانون الأوّل/ديسمبر")); // shadda
        assertEquals(0, ar.month("الجمعية/العامة"));
    }

    @Test
    void headerLinesOfBothLanguages() {
        assertTrue(ru.match("formula", "Генеральная Ассамблея,").isPresent());
        assertEquals("24 октября 2024 года", ru.match("adopted",
                "Резолюция, принятая Генеральной Ассамблеей 24 октября 2024 года").get().group("date"));
        assertEquals("63", ru.match("meeting", "63-е (возобновленное) пленарное заседание").get().group("n"));
        assertEquals("39", ru.match("meeting", "39-e пленарное заседание").get().group("n")); // Latin e
        assertTrue(ar.match("formula", "إن الجمعية العامة،").isPresent());
        assertEquals("24 تشرين الأول/أكتوبر 2024", ar.match("adopted",
                "قرار اتخذته الجمعية العامة في 24 تشرين الأول/أكتوبر 2024").get().group("date"));
        assertEquals("8", ar.match("agenda", "البند 8 من جدول الأعمال").get().group("items"));
        assertEquals("39", ar.match("meeting", "الجلسة العامة 39 (المستأنفة)").get().group("n"));
        assertEquals("79/10", ar.match("heading", "79/10 - التعاون بين الأمم المتحدة").get().group("num"));
    }

    @Test
    void agendaSubItemsBecomeTheAknForm() {
        assertEquals("125(t)", HeaderParser.agendaItem(ar, "125 (ر)"));
        assertEquals("125(t)", HeaderParser.agendaItem(ru, "125 t)"));
        assertEquals("58", HeaderParser.agendaItem(ar, "58"));
        assertEquals("20 (b)", HeaderParser.agendaItem(Profile.load("en"), "20 (b)")); // as English prints it
    }

    @Test
    void arabicIndicDigitsAndTatweelAreNormalizedBeforeReading() {
        assertEquals("A/RES/79/10 2024", TextStructurer.fullWidth("A/RES/\u0667\u0669/\u0661\u0660 \u06f2\u06f0\u06f2\u06f4"));
        assertEquals("الأمم المتحدة", TextStructurer.strip(ar, "الأمــم المتحـدة"));
        assertEquals("الأخرى1،", TextStructurer.rewrite(ar, "الأخرى(1)،"));
        assertEquals("1 A/79/302.", TextStructurer.rewrite(ar, "(1) A/79/302."));
        assertEquals("البند 125 (ر)", TextStructurer.rewrite(ar, "البند 125 (ر)"));
        assertEquals("resolution 1631 (2005)", TextStructurer.rewrite(Profile.load("en"), "resolution 1631 (2005)"));
    }
}
