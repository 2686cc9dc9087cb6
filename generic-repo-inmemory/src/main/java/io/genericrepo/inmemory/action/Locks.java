package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.store.Table;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Locking several tables for a transaction: always in table-name order, so that two transactions
 * over the same tables cannot deadlock; released in reverse order.
 */
final class Locks {

    private Locks() {}

    /** @return the distinct tables, in name order */
    static List<Table> tables(Collection<Table> tables) {
        TreeMap<String, Table> byName = new TreeMap<>();
        for (Table t : tables) {
            byName.putIfAbsent(t.name(), t);
        }
        return List.copyOf(byName.values());
    }

    static void writeLockAll(List<Table> tables) {
        for (Table t : tables) {
            t.lock().writeLock().lock();
        }
    }

    static void writeUnlockAll(List<Table> tables) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            tables.get(i).lock().writeLock().unlock();
        }
    }

    static void readLockAll(List<Table> tables) {
        for (Table t : tables) {
            t.lock().readLock().lock();
        }
    }

    static void readUnlockAll(List<Table> tables) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            tables.get(i).lock().readLock().unlock();
        }
    }
}
