package io.genericrepo;

import java.util.List;

/**
 * {@code loadAll} could not read some keys after its retries ran out. {@link #unread()} lists
 * exactly those keys; {@link #loaded()} holds what was read.
 */
public class BatchReadException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    private final transient List<?> unread;
    private final transient List<?> loaded;

    /**
     * @param tableName the table
     * @param unread the keys not read
     * @param loaded the items read, in the order of the keys given
     * @param keys the unread keys, for the message
     */
    public BatchReadException(String tableName, List<?> unread, List<?> loaded, List<String> keys) {
        super("loadAll on " + tableName + " could not read " + unread.size() + " keys after retries: "
                + BatchWriteException.preview(keys));
        this.unread = List.copyOf(unread);
        this.loaded = List.copyOf(loaded);
    }

    /**
     * @param <K> the key type
     * @return exactly the keys that were not read
     */
    @SuppressWarnings("unchecked")
    public <K> List<K> unread() {
        return (List<K>) unread;
    }

    /**
     * @param <T> the record
     * @return the items that were read, in the order of the keys given
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> loaded() {
        return (List<T>) loaded;
    }
}
