package io.genericrepo.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyTextsTest {

    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    @Test
    void afterIsTheLeastTextAboveEveryTextWithThePrefix() {
        assertEquals(Optional.of("ORDER$"), KeyTexts.after("ORDER#"));
        assertEquals(Optional.of("A"), KeyTexts.after("@" + MAX + MAX)); // U+10FFFF cannot grow: drop it
        assertEquals(Optional.of("\uE000"), KeyTexts.after("\uD7FF")); // skip the surrogates
        assertEquals(Optional.of(new String(Character.toChars(0x10000))), KeyTexts.after("\uFFFF"));
        assertEquals(Optional.empty(), KeyTexts.after(""));
        assertEquals(Optional.empty(), KeyTexts.after(MAX));
        assertTrue(KeyTexts.compare("ORDER#" + MAX.repeat(200), KeyTexts.after("ORDER#").orElseThrow()) < 0);
    }

    @Test
    void belowIsTheGreatestSameWidthTextOfTheAlphabet() {
        assertEquals(Optional.of("00000000041"), KeyTexts.below("00000000042", "-0123456789"));
        assertEquals(Optional.of("0000000004-"), KeyTexts.below("00000000040", "-0123456789"));
        assertEquals(Optional.of("-999999999-"), KeyTexts.below("-9999999990", "-0123456789"));
        assertEquals(Optional.empty(), KeyTexts.below("----", "-0123456789"));
    }

    @Test
    void greatestBelowFillsTheRoomWithTheGreatestCodePoints() {
        String below = KeyTexts.greatestBelow("S#b", 12);
        assertEquals("S#a" + MAX + MAX + "\u007F", below); // 3 + 4 + 4 + 1 bytes
        assertEquals(12, KeyTexts.bytes(below));
        assertTrue(KeyTexts.compare(below, "S#b") < 0);
        assertTrue(KeyTexts.compare("S#a" + MAX + MAX, below) < 0);
        assertEquals("S#a", KeyTexts.greatestBelow("S#a\u0000", 12)); // nothing between "S#a" and "S#a\0"
        assertEquals("S#" + "\uD7FF" + "\uFFFF", KeyTexts.greatestBelow("S#\uE000", 8)); // 2 + 3 + 3 bytes, skipping surrogates
    }

    @Test
    void compareIsUtf8ByteOrder() {
        assertTrue(KeyTexts.compare("\uFFFF", "\uD83D\uDE00") < 0); // U+FFFF below U+1F600, unlike UTF-16
        assertTrue("\uFFFF".compareTo("\uD83D\uDE00") > 0);
        assertEquals(4, KeyTexts.bytes("\uD83D\uDE00"));
    }
}
