package io.genericrepo.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document path into an item: attribute names and list indexes, such as {@code shipTo.city} or
 * {@code tags[0]}. Each name is one segment, so a name that contains a dot stays one name.
 *
 * <pre>{@code AttributePath.of("shipTo").child("city")}</pre>
 */
public final class AttributePath {

    private final List<Object> segments;

    private AttributePath(List<Object> segments) {
        this.segments = Collections.unmodifiableList(segments);
    }

    /**
     * @param name a top-level attribute name
     * @return the path
     */
    public static AttributePath of(String name) {
        List<Object> segments = new ArrayList<>(1);
        segments.add(checkName(name));
        return new AttributePath(segments);
    }

    /**
     * @param name an attribute of the map or record at this path
     * @return the longer path
     */
    public AttributePath child(String name) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(checkName(name));
        return new AttributePath(longer);
    }

    /**
     * @param index an element of the list at this path
     * @return the longer path
     */
    public AttributePath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("A list index must not be negative, found " + index + " after " + this);
        }
        List<Object> longer = new ArrayList<>(segments);
        longer.add(index);
        return new AttributePath(longer);
    }

    /** @return the segments: {@code String} names and {@code Integer} list indexes */
    public List<Object> segments() {
        return segments;
    }

    /** @return the top-level attribute name */
    public String topName() {
        return (String) segments.get(0);
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "attribute name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An attribute name must not be empty");
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributePath other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** @return the path as a reader would write it: {@code shipTo.city}, {@code tags[0]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(segment);
            }
        }
        return sb.toString();
    }
}
