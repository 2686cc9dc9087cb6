package io.genericrepo;

import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partial, atomic update of one item: the changes to make, rendered as one UpdateItem
 * expression (SET, REMOVE, ADD, DELETE). Two changes may not touch the same or overlapping paths.
 *
 * <pre>{@code
 * Update<Order> ship = Update.of(Order_.status.set(SHIPPED), Order_.quantity.increment(-1));
 * }</pre>
 *
 * @param <T> the record
 */
public final class Update<T> {

    private final List<UpdateAction<T>> actions;

    private Update(List<UpdateAction<T>> actions) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("An update needs at least one change");
        }
        for (int i = 0; i < actions.size(); i++) {
            Objects.requireNonNull(actions.get(i), "an update action must not be null");
            for (int j = 0; j < i; j++) {
                AttributePath a = actions.get(j).path();
                AttributePath b = actions.get(i).path();
                if (overlap(a, b)) {
                    throw new IllegalArgumentException("An update may change each attribute once, but " + a + " and " + b
                            + " overlap; combine them into one change");
                }
            }
        }
        this.actions = List.copyOf(actions);
    }

    /**
     * @param actions the changes
     * @param <T> the record
     * @return the update
     * @throws IllegalArgumentException if there are none, or two touch overlapping paths
     */
    @SafeVarargs
    public static <T> Update<T> of(UpdateAction<T>... actions) {
        List<UpdateAction<T>> list = new ArrayList<>(actions.length);
        for (UpdateAction<T> a : actions) { // the array itself never escapes
            list.add(a);
        }
        return new Update<>(list);
    }

    /**
     * @param actions the changes
     * @param <T> the record
     * @return the update
     */
    public static <T> Update<T> of(List<UpdateAction<T>> actions) {
        return new Update<>(actions);
    }

    /**
     * @param action one more change
     * @return a new update with it
     */
    public Update<T> and(UpdateAction<T> action) {
        List<UpdateAction<T>> more = new ArrayList<>(actions);
        more.add(action);
        return new Update<>(more);
    }

    /** @return the changes, in order */
    public List<UpdateAction<T>> actions() {
        return actions;
    }

    private static boolean overlap(AttributePath a, AttributePath b) {
        List<Object> x = a.segments();
        List<Object> y = b.segments();
        int n = Math.min(x.size(), y.size());
        return x.subList(0, n).equals(y.subList(0, n));
    }

    @Override
    public String toString() {
        return "Update" + actions;
    }
}
