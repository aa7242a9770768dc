package io.github.logbuch.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** Characters of every width, and the halves of a surrogate pair, alone and in pairs. */
    private static final char[] ALPHABET = {
        'a', 'Z', ' ', '<', '\n', 0x7F, 0x80, 'ä', 'ß', 0xFF, 0x100, 0x7FF, 0x800, '—', '€', '漢',
        0xFFFF, 0xD83D, 0xDEA2, 0xD800, 0xDBFF, 0xDC00, 0xDFFF
    };

    @Test
    void everyCharacterComesOutAsStringGetBytesEncodesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertArrayEquals(one.getBytes(StandardCharsets.UTF_8), written(one), "U+" + (int) c);
            all.append(c);
        }
        assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), written(all.toString()));
    }

    @Test
    void textInPiecesOfAnyKindComesOutAsTheWholeTextEncoded() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextInt(3) == 0
                                ? ALPHABET[random.nextInt(ALPHABET.length)]
                                : (char) ('a' + random.nextInt(26)));
            }
            String whole = text.toString();
            Utf8Writer writer = new Utf8Writer();
            int at = 0;
            while (at < whole.length()) {
                int piece = Math.min(whole.length() - at, 1 + random.nextInt(8));
                switch (random.nextInt(5)) {
                    case 0 -> writer.write(whole, at, piece);
                    case 1 -> writer.write(whole.substring(at, at + piece).toCharArray(), 0, piece);
                    case 2 -> writer.append(whole, at, at + piece);
                    case 3 -> writer.writeSpecialized(whole.substring(at, at + piece));
                    default -> {
                        piece = 1;
                        writer.write(whole.charAt(at));
                    }
                }
                at += piece;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), whole);
        }
    }

    @Test
    void numbersAreWrittenAsTheirStrings() {
        Utf8Writer writer = new Utf8Writer();
        writer.writeSpecialized(42);
        writer.writeSpecialized(-7L);
        writer.writeSpecialized(1.5);
        writer.writeSpecialized(2.25f);
        writer.writeSpecialized((short) 3);
        writer.writeSpecialized((byte) 4);
        writer.writeSpecialized('ü');
        assertArrayEquals("42-71.52.2534ü".getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }

    @Test
    void aPageLargerThanTheBufferGrowsIt() {
        String page = "<p>Grüße aus Hamburg 🚢</p>\n".repeat(20_000);
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), written(page));
    }

    @Test
    void theThreadKeepsItsWriterForTheNextPageAndAPageWithinAPageGetsAnother() {
        Utf8Writer first = Utf8Writer.ofThisThread();
        first.write("eins");
        Utf8Writer inner = Utf8Writer.ofThisThread();
        assertNotSame(first, inner);
        inner.write("zwei");
        assertArrayEquals(bytes("zwei"), inner.toByteArray());
        assertArrayEquals(bytes("eins"), first.toByteArray());
        first.release();

        Utf8Writer next = Utf8Writer.ofThisThread();
        assertSame(first, next);
        next.write("drei");
        assertArrayEquals(bytes("drei"), next.toByteArray());
        next.release();
    }

    private static byte[] written(String text) {
        Utf8Writer writer = new Utf8Writer();
        writer.write(text);
        return writer.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
