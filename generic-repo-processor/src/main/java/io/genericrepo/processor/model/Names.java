package io.genericrepo.processor.model;

import java.util.Set;

/** Names for generated members: constants from components and index names, kept unique. */
public final class Names {

    private Names() {}

    /**
     * @param name a component or index name, such as {@code shipTo} or {@code status-index}
     * @return {@code SHIP_TO}, {@code STATUS_INDEX}
     */
    public static String constant(String name) {
        StringBuilder sb = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                sb.append('_');
            }
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
            previous = c;
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0))) {
            sb.insert(0, "INDEX_");
        }
        return sb.toString();
    }

    /**
     * @param wanted a name
     * @param taken names already used; the result is added to it
     * @return the name, with trailing underscores until it is unused
     */
    public static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        while (!taken.add(name)) {
            name = name + "_";
        }
        return name;
    }
}
