package org.unkg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.InputException;
import org.unkg.TestReference;
import org.unkg.build.Readers;
import org.unkg.ingest.DocumentReader;
import org.unkg.ingest.TextDecoder;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;

/**
 * Encodings the text path reads (UTF-8 with and without BOM, UTF-16 LE/BE with BOM) and refuses
 * (invalid UTF-8: one line naming file and byte offset), and invisible or full-width characters
 * that must not change which document a symbol cites.
 */
class EncodingTest {
    private static DocumentReader text;
    private static String original;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        text = Readers.standard(TestReference.load()).stream().filter(r -> r.id().equals("text")).findFirst()
                .orElseThrow();
        original = Files.readString(Path.of("corpus/001_c3d10f08ef02f303.txt"));
    }

    private Set<String> cited(byte[] bytes, String name) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        DocumentRecord d = text.read(f);
        Set<String> out = new TreeSet<>();
        d.findings().stream().filter(x -> x instanceof Citation).forEach(x -> out.add(((Citation) x).symbol()));
        out.add("symbol=" + d.symbol());
        return out;
    }

    private static byte[] withBom(byte[] bom, String s, Charset cs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bom);
        b.writeBytes(s.getBytes(cs));
        return b.toByteArray();
    }

    @Test
    void bomsAndUtf16GiveTheSameRecordAsPlainUtf8() throws Exception {
        Set<String> plain = cited(original.getBytes(StandardCharsets.UTF_8), "plain.txt");
        assertTrue(plain.contains("symbol=A/RES/76/299"), plain::toString);
        assertTrue(plain.contains("A/RES/73/338"), plain::toString);
        assertEquals(plain, cited(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, original,
                StandardCharsets.UTF_8), "bom8.txt"));
        assertEquals(plain, cited(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, original,
                StandardCharsets.UTF_16LE), "le.txt"));
        assertEquals(plain, cited(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, original,
                StandardCharsets.UTF_16BE), "be.txt"));
    }

    @Test
    void invalidUtf8IsOneLineNamingFileAndOffset() {
        byte[] b = original.getBytes(StandardCharsets.UTF_8);
        b[1000] = (byte) 0xC3;
        b[1001] = (byte) 0x28; // not a continuation byte
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(b, "x.txt"));
        assertTrue(e.getMessage().startsWith("x.txt:byte 1000: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        // Latin-1 text (an unknown/other encoding) is refused the same way, not guessed
        byte[] latin1 = "R\u00e9solution 76/299".getBytes(StandardCharsets.ISO_8859_1);
        InputException l = assertThrows(InputException.class, () -> TextDecoder.decode(latin1, "l.txt"));
        assertTrue(l.getMessage().startsWith("l.txt:byte 1: "), l.getMessage());
    }

    @Test
    void fullWidthDigitsAndInvisibleCharactersDoNotChangeWhatIsCited() throws Exception {
        Set<String> plain = cited(original.getBytes(StandardCharsets.UTF_8), "plain.txt");
        String wide = original.replace("[73/338](#)", "[\uff17\uff13\uff0f\uff13\uff13\uff18](#)")
                .replace("76/299.", "7\u200b6/2\u200d99.");
        assertTrue(!wide.equals(original));
        assertEquals(plain, cited(wide.getBytes(StandardCharsets.UTF_8), "wide.txt"));
        String rtl = original.replace("[73/338](#)", "\u202a[73/\u200f338](#)\u202c");
        assertEquals(plain, cited(rtl.getBytes(StandardCharsets.UTF_8), "rtl.txt"));
    }
}
