package io.genericrepo.inmemory.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attribute map of a stored item, immutable and compact: names and values interleaved in one
 * array, in the order they were given, found by a linear search (names are few and mostly the same
 * String instances, so equals is usually an identity check). A {@code LinkedHashMap} costs about
 * 40 bytes an entry plus its table; this costs 8. Items with many attributes keep a hashed map, so
 * that lookups stay constant-time.
 */
public final class ItemAttributes extends AbstractMap<String, AttributeValue> {

    static final int MAX_COMPACT = 16;

    private final Object[] entries;

    private ItemAttributes(Object[] entries) {
        this.entries = entries;
    }

    /** @return an immutable copy of {@code attributes}, compact when they are few, in the same order */
    public static Map<String, AttributeValue> of(Map<String, AttributeValue> attributes) {
        if (attributes.size() > MAX_COMPACT) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
        Object[] entries = new Object[attributes.size() * 2];
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            entries[i++] = e.getKey();
            entries[i++] = e.getValue();
        }
        return new ItemAttributes(entries);
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public AttributeValue get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : (AttributeValue) entries[i + 1];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
        for (int i = 0; i < entries.length; i += 2) {
            action.accept((String) entries[i], (AttributeValue) entries[i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<String, AttributeValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return entries.length / 2;
            }

            @Override
            public Iterator<Map.Entry<String, AttributeValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<String, AttributeValue> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, AttributeValue> e =
                                new SimpleImmutableEntry<>((String) entries[next], (AttributeValue) entries[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }
        };
    }

    private int indexOf(Object name) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == name) {
                return i;
            }
        }
        if (name != null) {
            for (int i = 0; i < entries.length; i += 2) {
                if (name.equals(entries[i])) {
                    return i;
                }
            }
        }
        return -1;
    }
}
