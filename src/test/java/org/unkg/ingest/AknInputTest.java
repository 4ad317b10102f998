package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.InputException;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Sponsor;
import org.unkg.reference.ReferenceData;

/** Hostile and broken input, link symbols, sponsor lists and the publisher's extract. */
class AknInputTest {
    private static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    @Test
    void malformedXmlNamesFileAndPosition() throws Exception {
        Path bad = tmp.resolve("broken.xml");
        Files.writeString(bad, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
                + "<statement><meta></statement>\n</akomaNtoso>");
        AknReader r = new AknReader(REF, AknExtract.none());
        assertTrue(r.accepts(bad));
        InputException e = assertThrows(InputException.class, () -> r.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>\n<akomaNtoso><statement><preface><p><docTitle>&lol9;</docTitle></p></preface></statement></akomaNtoso>");
        Path bomb = tmp.resolve("bomb.xml");
        Files.writeString(bomb, dtd);
        AknReader r = new AknReader(REF, AknExtract.none());
        // a hang guard: expanding 10^9 entities would never finish
        InputException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> r.read(bomb)));
        assertTrue(e.getMessage().startsWith(bomb.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("lollol"), "nothing was expanded");
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path in = Files.createDirectories(tmp.resolve("in")); // the secret stays outside the input folder
        Path evil = in.resolve("evil.xml");
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<akomaNtoso><statement><preface><p><docTitle>&x;</docTitle></p>"
                + "</preface></statement></akomaNtoso>");
        AknReader r = new AknReader(REF, AknExtract.none());
        assertTrue(r.accepts(evil));
        InputException e = assertThrows(InputException.class, () -> r.read(evil));
        assertTrue(e.getMessage().startsWith(evil.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));

        // the build reports both and goes on with the good file
        Path bad = in.resolve("broken.xml");
        Files.writeString(bad, "<akomaNtoso><statement>");
        Path good = in.resolve("A_RES_79_5-2419776E.xml");
        Files.copy(AknReaderTest.res("A_RES_79_5-2419776E.xml"), good);
        Path out = tmp.resolve("g.ttl");
        Build.Result res = Build.create().inputs(List.of(in)).output(out).reference(REF)
                .readers(Readers.standard(REF)).threads(2).build().run();
        assertEquals(1, res.documents());
        assertEquals(2, res.skipped().size(), res.skipped().toString());
        assertTrue(res.skipped().stream().anyMatch(s -> s.startsWith(evil.toString())), res.skipped().toString());
        assertTrue(res.skipped().stream().anyMatch(s -> s.startsWith(bad.toString())), res.skipped().toString());
        assertFalse(Files.readString(out, StandardCharsets.UTF_8).contains("TOP-SECRET"));
    }

    @Test
    void symbolsFromLinks() {
        assertEquals("A/RES/76/299", UndocsLinks.symbol("https://undocs.org/en/A/RES/76/299"));
        assertEquals("A/RES/2832(XXVI)", UndocsLinks.symbol("https://undocs.org/en/A/RES/2832(XXVI)"));
        assertEquals("S/RES/2510(2020)", UndocsLinks.symbol("https://docs.un.org/zh/S/RES/2510(2020)"));
        assertEquals("A/RES/2200(XXI)", UndocsLinks.symbol("https://undocs.org//en/A/RES/2200 (XXI)"));
        assertEquals("A/RES/1514(XV)", UndocsLinks.symbol("https://undocs.org/ru/a/res/ 1514 (XV)"));
        assertEquals("A/RES/67/234B", UndocsLinks.symbol("https://undocs.org/A/RES/67/234 b"));
        assertEquals("A/76/3", UndocsLinks.symbol("https://undocs.org/a/76/3"));
        assertEquals("A/HRC/RES/48/13", UndocsLinks.symbol("https://undocs.org/ch/A/hrc/RES/48/13"));
        assertEquals("UNEP/EA.5/Res.2", UndocsLinks.symbol("https://undocs.org/es/UNEP/EA.5/Res.2"));
        assertEquals("A/75/651-S/2020/1203", UndocsLinks.symbol("https://undocs.org/en/A/75/651-S/2020/1203"));
        assertEquals("A/C.3/79/L.13/Rev.1", UndocsLinks.symbol("https://undocs.org/en/A%2FC.3%2F79%2FL.13%2FRev.1"));
        assertNull(UndocsLinks.symbol("https://documents.un.org/doc/undoc/gen/n21/090/87/pdf/n2109087.pdf"));
        assertNull(UndocsLinks.symbol("https://www.un.org/en/A/RES/1"));
        assertNull(UndocsLinks.symbol("https://undocs.org/en/"));
    }

    @Test
    void sponsorLists() {
        SponsorList s = new SponsorList(REF, AknPhrases.load());
        List<Sponsor> l = s.split("Angola, United Kingdom of Great Britain and Northern Ireland and Viet Nam", "en", false);
        assertEquals(List.of("ago", "gbr", "vnm"), l.stream().map(Sponsor::stateKey).toList());
        l = s.split("Kazakhstan and Antigua and Barbuda", "fr", true);
        assertEquals(List.of("kaz", "atg"), l.stream().map(Sponsor::stateKey).toList());
        assertTrue(l.get(0).additional());
        l = s.split("Uganda (on behalf of the States Members of the United Nations that are members of the Group of 77"
                + " and China)", "en", false);
        assertEquals(1, l.size());
        assertEquals("uga", l.get(0).stateKey());
        l = s.split("submitted by the President of the General Assembly", "en", false);
        assertEquals(List.of(new Sponsor("submitted by the President of the General Assembly", null, false)), l);
        l = s.split("Zimbabwe and Freedonia", "en", false);
        assertEquals("zwe", l.get(0).stateKey());
        assertEquals(new Sponsor("Freedonia", null, false), l.get(1));
        assertEquals(List.of(), s.split("", "en", false));
        l = s.split("Guinea Bissau, Timor Leste and theRepublic of Korea", "en", false);
        assertEquals(List.of("gnb", "tls", "kor"), l.stream().map(Sponsor::stateKey).toList());
    }

    @Test
    void extractFillsVotersTheXmlLacks() throws Exception {
        String xml = Files.readString(AknReaderTest.res("A_RES_79_6-2419997E.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<akn4un:voters>.*?</akn4un:voters>", "")
                .replaceAll("by=\"[^\"]*\"", "by=\"\"");
        Path f = tmp.resolve("A_RES_79_6-2419997E.xml");
        Files.writeString(f, xml);
        Path json = tmp.resolve("x.json");
        Files.writeString(json, "{\"symbol\":\"A/RES/79/6\",\"voting_type\":\"adoptedRecordedVote\","
                + "\"MS_in_favour\":[\"ALBANIA\",\"TÜRKİYE\"],\"MS_against\":[\"NICARAGUA\"],\"MS_abstaining\":[],"
                + "\"MS_in_favour_count\":\"2\",\"MS_against_count\":\"1\",\"MS_abstaining_count\":\"0\","
                + "\"sponsors\":[\"ALBANIA\",\"AUSTRIA\"],\"additional_sponsors\":[\"CHILE\"]}\n\n"
                + "{\"symbol\":\"A/RES/79/6\",\"MS_in_favour\":[\"FRANCE\"]}\n");
        AknExtract x = AknExtract.load(List.of(json));
        assertEquals(1, x.size());
        DocumentRecord plain = new AknReader(REF, AknExtract.none()).read(f);
        assertTrue(plain.vote().yes().isEmpty());
        assertTrue(plain.sponsors().isEmpty());
        DocumentRecord d = new AknReader(REF, x).read(f);
        assertEquals(plain.vote().inFavour(), d.vote().inFavour(), "XML counts win over the extract's");
        assertEquals(List.of("alb", "tur"), d.vote().yes());
        assertEquals(List.of("nic"), d.vote().no());
        assertEquals(List.of("alb", "aut"), d.sponsors().stream().filter(s -> !s.additional()).map(Sponsor::stateKey).toList());
        assertEquals(List.of("chl"), d.sponsors().stream().filter(Sponsor::additional).map(Sponsor::stateKey).toList());

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"symbol\":\"A/RES/1/1\"}\n{not json\n");
        InputException e = assertThrows(InputException.class, () -> AknExtract.load(List.of(broken)));
        assertTrue(e.getMessage().startsWith(broken + ":2:"), e.getMessage());
    }
}
