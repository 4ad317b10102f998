package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.unkg.InputException;

class TextDecoderTest {
    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = "大会，".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("大会，", TextDecoder.decode(plain, "a.txt"));
        assertEquals("大会，", TextDecoder.decode(bom, "a.txt"));
    }

    @Test
    void utf16WithBom() {
        byte[] le = "\uFEFFThe General Assembly,".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFF大会，".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("The General Assembly,", TextDecoder.decode(le, "a.txt"));
        assertEquals("大会，", TextDecoder.decode(be, "a.txt"));
    }

    @Test
    void undecodableBytesAreAnErrorWithTheOffset() {
        byte[] bad = {'A', 'B', (byte) 0xC3, '(', 'C'};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bad, "bad.txt"));
        assertTrue(e.getMessage().startsWith("bad.txt:byte 2: not valid UTF-8"), e.getMessage());
    }
}
