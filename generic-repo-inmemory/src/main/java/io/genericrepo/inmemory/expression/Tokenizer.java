package io.genericrepo.inmemory.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into {@link Token}s: words ({@code [A-Za-z0-9_]+}), {@code #name} and
 * {@code :value} placeholders, digit runs, and DynamoDB's symbols; whitespace separates tokens. A
 * character that belongs to no token becomes a one-character symbol token, which the parser then
 * reports as the syntax error's token.
 */
final class Tokenizer {

    private final String text;
    private int pos;

    private Tokenizer(String text) {
        this.text = text;
    }

    /** @return the tokens of {@code text}, ending with one EOF token */
    static List<Token> tokenize(String text) {
        return new Tokenizer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", pos, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '#' || c == ':') {
            pos++;
            skipWordCharacters();
            if (pos == start + 1) {
                return new Token(Token.Kind.SYMBOL, String.valueOf(c), start, pos);
            }
            Token.Kind kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
            return new Token(kind, text.substring(start, pos), start, pos);
        }
        if (isWordCharacter(c)) {
            skipWordCharacters();
            String word = text.substring(start, pos);
            boolean digits = word.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            return new Token(digits ? Token.Kind.NUMBER : Token.Kind.WORD, word, start, pos);
        }
        if ((c == '<' || c == '>') && pos + 1 < text.length()
                && (text.charAt(pos + 1) == '=' || (c == '<' && text.charAt(pos + 1) == '>'))) {
            pos += 2;
            return new Token(Token.Kind.SYMBOL, text.substring(start, pos), start, pos);
        }
        pos += Character.charCount(text.codePointAt(pos));
        return new Token(Token.Kind.SYMBOL, text.substring(start, pos), start, pos);
    }

    private void skipWordCharacters() {
        while (pos < text.length() && isWordCharacter(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
