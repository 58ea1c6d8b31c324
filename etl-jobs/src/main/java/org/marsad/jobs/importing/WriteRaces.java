package org.marsad.jobs.importing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * Chunks written again because another partition committed the same new row first (an entity two
 * articles name, an article two files hold): expected when partitions run at once, so they are
 * counted per job execution for its summary rather than logged as trouble.
 */
@Component
public class WriteRaces {

    private final Map<Long, LongAdder> byExecution = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void record(long jobExecutionId) {
        byExecution.computeIfAbsent(jobExecutionId, id -> new LongAdder()).increment();
        total.increment();
    }

    /** Races in this process for the execution; its remote workers count their own. */
    public long of(long jobExecutionId) {
        LongAdder races = byExecution.get(jobExecutionId);
        return races == null ? 0 : races.sum();
    }

    /** Races in this process since it started. */
    public long total() {
        return total.sum();
    }
}
