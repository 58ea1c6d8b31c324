package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.marsad.jobs.importing.ImportSummary;

/** The end-of-run summary an operator reads. */
final class SummaryPrinter {

    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    /** @param heading what ran: {@code Import of samples} or {@code Restart of execution 42 (/data/incoming)} */
    void print(String heading, ImportSummary s) {
        out.printf(Locale.ROOT, "%s: %s in %.1f s (job execution %d)%n", heading, s.status(),
                s.elapsed().toMillis() / 1000.0, s.jobExecutionId());
        row("files seen", s.filesSeen());
        if (s.records() > 0) {
            row("records in them", s.records()); // JSON Lines records, feed items, archive entries: each settled as an article file
        }
        row("articles loaded", s.loaded());
        row("duplicates", s.duplicates());
        row("unchanged", s.unchanged());
        if (s.replaced() > 0) {
            row("changed, replaced", s.replaced());
        }
        if (s.disappeared() > 0) {
            row("disappeared", s.disappeared());
        }
        row("quarantined", s.quarantined());
        if (s.skipped() > 0) {
            row("skipped", s.skipped());
        }
        if (s.pending() > 0) {
            row("not yet read", s.pending());
        }
        if (s.writeRaces() > 0) {
            out.printf(Locale.ROOT, "  %-16s %,d (partitions wrote the same new entity or text at once; each written once)%n",
                    "chunks rewritten", s.writeRaces());
        }
        if (s.quarantined() > 0) {
            out.printf(Locale.ROOT, "Quarantined files and reasons: java -jar etl-app/target/marsad.jar quarantine --execution %d%n",
                    s.jobExecutionId());
        }
        if (s.stopped()) {
            out.printf(Locale.ROOT, "Stopped at the operator's request; resume with: java -jar etl-app/target/marsad.jar restart %d%n",
                    s.jobExecutionId());
        } else if (s.exitDescription() != null && !s.exitDescription().isBlank()) {
            out.println("Failure: " + firstLine(s.exitDescription()));
        }
        out.flush();
    }

    private void row(String label, long value) {
        out.printf(Locale.ROOT, "  %-16s %,d%n", label, value);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
