package io.genericrepo.inmemory.expression;

import java.util.Locale;

/**
 * One token of an expression, with its place in the text (for "near" in syntax errors).
 *
 * @param kind what the token is
 * @param text the token's text as written
 * @param start the index of its first character
 * @param end the index after its last character
 */
record Token(Kind kind, String text, int start, int end) {

    /** The kinds of token DynamoDB's expression grammars are made of. */
    enum Kind {
        /** A bare word: an attribute name, a function name or a keyword. */
        WORD,
        /** {@code #name}: an expression attribute name. */
        NAME_PLACEHOLDER,
        /** {@code :value}: an expression attribute value. */
        VALUE_PLACEHOLDER,
        /** Digits, as in a list index. */
        NUMBER,
        /** One of {@code ( ) [ ] , . = <> < <= > >= + -}. */
        SYMBOL,
        /** The end of the text. */
        EOF
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.toUpperCase(Locale.ROOT).equals(keyword);
    }

    /** @return the token as DynamoDB names it in a syntax error */
    String shown() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
