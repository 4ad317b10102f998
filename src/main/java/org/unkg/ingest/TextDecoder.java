package org.unkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import org.unkg.InputException;

/**
 * Decodes the bytes of a text file strictly: UTF-8 (with or without a byte-order mark) or
 * UTF-16 with a byte-order mark. Bytes that do not decode are an error naming the byte offset,
 * never silently replaced.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String file) {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (cs == StandardCharsets.UTF_8) {
            // the String constructor decodes UTF-8 straight into the string's own bytes (ASCII and
            // Latin-1 text without a char copy), but replaces what does not decode with U+FFFD:
            // a result without U+FFFD came from well-formed bytes, which the strict decoder below
            // turns into the same characters; one with it (a replacement, or a U+FFFD in the file)
            // is decoded again, strictly. The strict decoder, its CharBuffer and the copy into the
            // String were about 2 % of the text path's CPU samples (JFR, warmed, 2026-11-24).
            String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return dec.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new InputException(file, "byte " + in.position(),
                    "not valid " + cs.name() + " text (" + e.getInputLength() + " undecodable byte(s)); save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new InputException(file, "byte " + in.position(), "not valid " + cs.name() + " text; save it as UTF-8");
        }
    }
}
