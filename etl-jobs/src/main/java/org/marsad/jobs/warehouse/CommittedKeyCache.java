package org.marsad.jobs.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dimension keys by natural key, shared across chunks so that no row costs a lookup. A key created
 * inside a transaction joins the shared cache only when that transaction commits: a rolled-back
 * chunk must not leave behind the id of a row that no longer exists.
 */
public final class CommittedKeyCache<K> {

    /** The pending maps of every cache that created keys in the current transaction. */
    private static final Object PENDING_OF_ALL_CACHES = new Object();

    private final Map<K, Long> committed = new ConcurrentHashMap<>();

    CommittedKeyCache() {
    }

    /**
     * Forgets the keys the current transaction read or created so far: called after a rollback to a
     * savepoint, which may have removed rows those keys name. Rows that remain are simply looked up again.
     */
    @SuppressWarnings("unchecked")
    public static void forgetUncommitted() {
        List<Map<?, Long>> pending = (List<Map<?, Long>>) TransactionSynchronizationManager.getResource(PENDING_OF_ALL_CACHES);
        if (pending != null) {
            pending.forEach(Map::clear);
        }
    }

    Long get(K key) {
        return committed.get(key);
    }

    /**
     * Remembers a key read or created in the current transaction. Even a key read back may be one this
     * transaction created, so it waits for the commit too.
     */
    void put(K key, long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.put(key, id);
            return;
        }
        pendingOfThisTransaction().put(key, id);
    }

    @SuppressWarnings("unchecked")
    private Map<K, Long> pendingOfThisTransaction() {
        Object resourceKey = this;
        Map<K, Long> pending = (Map<K, Long>) TransactionSynchronizationManager.getResource(resourceKey);
        if (pending == null) {
            Map<K, Long> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, created);
            allPendingOfThisTransaction().add(created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.putAll(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_OF_ALL_CACHES);
                }
            });
            pending = created;
        }
        return pending;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, Long>> allPendingOfThisTransaction() {
        List<Map<?, Long>> all = (List<Map<?, Long>>) TransactionSynchronizationManager.getResource(PENDING_OF_ALL_CACHES);
        if (all == null) {
            all = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING_OF_ALL_CACHES, all);
        }
        return all;
    }
}
