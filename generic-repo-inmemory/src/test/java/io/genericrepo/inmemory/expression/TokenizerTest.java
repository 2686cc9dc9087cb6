package io.genericrepo.inmemory.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static String kinds(String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" "));
    }

    @Test
    void wordsPlaceholdersNumbersAndSymbols() {
        assertEquals("WORD:a_1 SYMBOL:. NAME_PLACEHOLDER:#b SYMBOL:[ NUMBER:12 SYMBOL:] SYMBOL:<= VALUE_PLACEHOLDER::v EOF:",
                kinds("a_1.#b[12] <=:v"));
        assertEquals("SYMBOL:<> SYMBOL:< SYMBOL:> SYMBOL:>= SYMBOL:= SYMBOL:+ SYMBOL:- SYMBOL:, SYMBOL:( SYMBOL:) EOF:",
                kinds("<> < > >= = + - , ( )"));
    }

    @Test
    void whitespaceSeparatesAndStrayCharactersBecomeTheirOwnTokens() {
        assertEquals("WORD:a SYMBOL:# SYMBOL:: WORD:b SYMBOL:! SYMBOL:😀 EOF:", kinds(" a\t# :\nb\r!😀 "));
        assertEquals("WORD:1a NUMBER:007 EOF:", kinds("1a 007"));
        List<Token> tokens = Tokenizer.tokenize("ab  cd");
        assertEquals(4, tokens.get(1).start());
        assertEquals(6, tokens.get(2).end());
    }
}
