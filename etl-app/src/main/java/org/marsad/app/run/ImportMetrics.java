package org.marsad.app.run;

import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.marsad.jobs.importing.ImportSummary;
import org.marsad.jobs.importing.WriteRaces;
import org.marsad.jobs.operations.ExecutionHistory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what each run did, for dashboards and alerts beside Spring Batch's own job and step metrics:
 * {@code marsad.import.runs{status}}, {@code marsad.import.files{outcome}},
 * {@code marsad.import.last.run.seconds}, {@code marsad.import.last.success.timestamp.seconds} (from the
 * job repository at start, so a restarted {@code serve} still knows the last good night) and
 * {@code marsad.import.write.races}. Each has its HELP text.
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;
    private final AtomicLong lastRunMillis = new AtomicLong();
    private final AtomicLong lastSuccessEpochSeconds = new AtomicLong();

    ImportMetrics(MeterRegistry registry, ExecutionHistory history, WriteRaces races) {
        this.registry = registry;
        Gauge.builder("marsad.import.last.run.seconds", lastRunMillis, millis -> millis.get() / 1000.0)
                .description("Wall time of the last import run this process made, in seconds").register(registry);
        history.lastCompletedEnd().ifPresent(end -> lastSuccessEpochSeconds.set(end.atZone(ZoneId.systemDefault()).toEpochSecond()));
        Gauge.builder("marsad.import.last.success.timestamp.seconds", lastSuccessEpochSeconds, AtomicLong::get)
                .description("When the last COMPLETED import ended, in seconds since the epoch (0: none yet); alert on time() minus this")
                .register(registry);
        FunctionCounter.builder("marsad.import.write.races", races, WriteRaces::total)
                .description("Chunks written again because another partition wrote the same new row first (expected with several partitions)")
                .register(registry);
    }

    void record(ImportSummary summary) {
        files("loaded", summary.loaded());
        files("duplicate", summary.duplicates());
        files("unchanged", summary.unchanged());
        files("replaced", summary.replaced());
        files("quarantined", summary.quarantined());
        files("disappeared", summary.disappeared());
        files("skipped", summary.skipped());
        lastRunMillis.set(summary.elapsed().toMillis());
        if (summary.status() == BatchStatus.COMPLETED) {
            lastSuccessEpochSeconds.set(System.currentTimeMillis() / 1000);
        }
        // counted last: a scrape that sees the run sees its files too
        Counter.builder("marsad.import.runs").tag("status", summary.status().name())
                .description("Import runs ended, by their batch status").register(registry).increment();
    }

    private void files(String outcome, long count) {
        Counter.builder("marsad.import.files").tag("outcome", outcome)
                .description("Files and records the import runs settled, by outcome").register(registry).increment(count);
    }
}
