package org.marsad.app.run;

import java.util.concurrent.atomic.AtomicLong;

import org.marsad.jobs.importing.ImportSummary;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Counts what each run did, for dashboards and alerts beside Spring Batch's own job and step metrics:
 * {@code marsad.import.runs{status}}, {@code marsad.import.files{outcome}} and
 * {@code marsad.import.last.run.seconds}.
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;
    private final AtomicLong lastRunMillis = new AtomicLong();

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("marsad.import.last.run.seconds", lastRunMillis, millis -> millis.get() / 1000.0);
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
        // counted last: a scrape that sees the run sees its files too
        registry.counter("marsad.import.runs", Tags.of("status", summary.status().name())).increment();
    }

    private void files(String outcome, long count) {
        registry.counter("marsad.import.files", Tags.of("outcome", outcome)).increment(count);
    }
}
