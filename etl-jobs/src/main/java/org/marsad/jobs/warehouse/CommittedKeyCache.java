package org.marsad.jobs.warehouse;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dimension keys by natural key, shared across chunks so that no row costs a lookup. A key created
 * inside a transaction joins the shared cache only when that transaction commits: a rolled-back
 * chunk must not leave behind the id of a row that no longer exists.
 */
final class CommittedKeyCache<K> {

    private final Map<K, Long> committed = new ConcurrentHashMap<>();

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
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.putAll(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
            pending = created;
        }
        return pending;
    }
}
