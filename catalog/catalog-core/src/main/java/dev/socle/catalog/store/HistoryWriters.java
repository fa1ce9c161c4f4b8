package dev.socle.catalog.store;

import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions of this process that append history rows, numbered in the order they first append, so that the
 * search index can tell when every transaction that might still fill a gap in the history ids has ended.
 */
@Component
public class HistoryWriters {

    private final AtomicLong started = new AtomicLong();
    private final ConcurrentSkipListSet<Long> open = new ConcurrentSkipListSet<>();

    /** Records the current transaction as a history writer until it completes; called before its first append. */
    void joinCurrentTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        long number = started.incrementAndGet();
        open.add(number);
        TransactionSynchronizationManager.bindResource(this, number);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HistoryWriters.this);
                open.remove(number);
            }
        });
    }

    /** A mark that {@link #endedBefore()} reaches once every writer started so far has ended. */
    public long mark() {
        return started.get() + 1;
    }

    /** Every writer numbered below the returned value has ended. */
    public long endedBefore() {
        long next = started.get() + 1;
        Long oldestOpen = open.ceiling(Long.MIN_VALUE);
        return oldestOpen == null ? next : Math.min(oldestOpen, next);
    }
}
