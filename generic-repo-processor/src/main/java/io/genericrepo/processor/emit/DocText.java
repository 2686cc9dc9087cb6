package io.genericrepo.processor.emit;

/**
 * The user's text (attribute names, key templates) inside generated Javadoc. An attribute name
 * may hold any character, and in a comment {@code *}{@code /} ends it, a backslash-u sequence is a
 * Unicode escape that javac decodes first (so it can end the comment or the line), and braces or
 * {@code @} start tags: such text is written as {@code <code>} with those characters as HTML
 * entities. Plain text keeps the shorter {@code {@code ...}}.
 */
final class DocText {

    private DocText() {}

    /**
     * @param text an attribute name or a template, as the user wrote it
     * @return {@code {@code status}}, or {@code <code>a&#42;/b</code>}
     */
    static String code(String text) {
        if (text.chars().allMatch(DocText::plain)) {
            return "{@code " + text + "}";
        }
        StringBuilder out = new StringBuilder("<code>");
        text.chars().forEach(c -> out.append(plain(c) ? String.valueOf((char) c) : entity(c)));
        return out.append("</code>").toString();
    }

    private static boolean plain(int c) {
        return c >= ' ' && "{}@*\\<>&".indexOf(c) < 0 && !Character.isSurrogate((char) c)
                && c != '\u2028' && c != '\u2029' && c != 0x7f;
    }

    private static String entity(int c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            default -> "&#" + c + ";";
        };
    }
}
