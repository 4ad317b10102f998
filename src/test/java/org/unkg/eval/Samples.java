package org.unkg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unkg.model.AgendaItem;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Footnote;
import org.unkg.model.Link;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;

/** Hand-made records for the eval tests: A/RES/79/5 in English and A/RES/79/274 in Chinese, abridged. */
final class Samples {
    private Samples() {
    }

    static Paragraph pp(int n, String verb, String text) {
        return new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/" + n, n, null, verb, text, List.of(), List.of());
    }

    static Paragraph op(int n, String verb, String text, List<Paragraph> items) {
        return new Paragraph(Paragraph.Kind.OPERATIVE, "operative/" + n, n, Integer.toString(n), verb, text, items,
                List.of());
    }

    static Paragraph item(int parent, String letter, int ordinal, String text) {
        return new Paragraph(Paragraph.Kind.OPERATIVE, "operative/" + parent + "/" + letter, ordinal, letter, null,
                text, List.of(), List.of());
    }

    static DocumentRecord english() {
        DocumentRecord.Builder b = DocumentRecord.builder().symbol("A/RES/79/5").type(DocType.RESOLUTION)
                .language("en").sourceFile("A_RES_79_5-2419776E.xml")
                .title("Zone of peace, trust and cooperation of Central Asia").body("General Assembly")
                .adoptionDate(LocalDate.of(2024, 10, 24)).distributionDate(LocalDate.of(2024, 10, 28)).session(79)
                .agendaItem(new AgendaItem("64", "Zone of peace, trust and cooperation of Central Asia"))
                .withoutMainCommittee(true).draft("A/79/L.1").meeting(25);
        String filler = " the significant practical contribution of the Central Asian States in strengthening"
                + " regional peace, trust and cooperation in achieving sustainable development, as well as their"
                + " efforts in this regard and non-violence that benefits humanity, in particular future generations";
        b.preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, "Recalling",
                "Recalling its declaration of the territory of the Central Asian countries, by its resolution 76/299"
                        + " of 28 July 2022, as the zone of peace, trust and cooperation of Central Asia,",
                List.of(), List.of(new Link("https://undocs.org/en/A/RES/76/299", 90, 96))));
        b.preamble(pp(2, "Recognizing also", "Recognizing also" + filler + ","));
        for (int i = 3; i <= 12; i++) {
            b.preamble(pp(i, "Reaffirming", "Reaffirming" + filler + ","));
        }
        b.operative(op(1, "Welcomes", "Welcomes" + filler + ";", List.of()));
        b.operative(op(2, "Calls upon", "Calls upon all States of the Central Asian region:", List.of(
                item(2, "a", 1, "To promote further regional cooperation;"),
                item(2, "b", 2, "To report thereon;"))));
        for (int i = 3; i <= 9; i++) {
            b.operative(op(i, "Encourages", "Encourages" + filler + ";", List.of()));
        }
        b.footnote(new Footnote("1", "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
                "preamble/1", List.of()));
        b.footnote(new Footnote("2", "Resolution 70/1.", "operative/9", List.of()));
        b.finding(new Mention("states", new Span("footnote/1", 0, 10, "Kazakhstan"), EntityKind.STATE, "kaz"));
        b.finding(new Citation("citations", new Span("preamble/1", 80, 113, "resolution 76/299 of 28 July 2022"),
                "A/RES/76/299", "2022-07-28", null));
        return b.build();
    }

    static DocumentRecord chinese() {
        DocumentRecord.Builder b = DocumentRecord.builder().symbol("A/RES/79/274").type(DocType.RESOLUTION)
                .language("zh").sourceFile("A_RES_79_274-2504827C.xml").title("土库曼斯坦永久中立")
                .adoptionDate(LocalDate.of(2025, 3, 21)).distributionDate(LocalDate.of(2025, 3, 25)).session(79)
                .agendaItem(new AgendaItem("61", "建设和平和保持和平")).withoutMainCommittee(true).draft("A/79/L.59")
                .meeting(61);
        b.preamble(pp(1, "回顾", "回顾其关于土库曼斯坦永久中立的1995年12月12日第50/80 A号和2015年6月3日第69/285号决议，"));
        b.preamble(pp(2, "又回顾", "又回顾其关于宣布国际中立日的2017年2月2日第71/275号决议和关于中立政策在维护和加强国际和平、"
                + "安全和可持续发展方面的作用和重要性的2020年12月7日第75/28号决议，"));
        List<Paragraph> ops = new ArrayList<>();
        ops.add(op(1, "重申", "重申坚决支持土库曼斯坦宣布的永久中立地位；", List.of()));
        ops.add(op(2, "再次促请", "再次促请联合国各会员国尊重和支持土库曼斯坦这一地位并尊重其独立、主权和领土完整；", List.of()));
        ops.forEach(b::operative);
        b.footnote(new Footnote("1", "第46/182号决议，附件。", "preamble/2", List.of()));
        return b.build();
    }
}
