package org.marsad.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.marsad.jobs.operations.ExecutionHistory;
import org.marsad.jobs.operations.ExecutionReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows recent import executions: status, duration, files, articles, quarantines and steps.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar status", "  java -jar etl-app/target/marsad.jar status --last 20 --json"})
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--last", defaultValue = "10", paramLabel = "N", description = "How many executions (default: ${DEFAULT-VALUE}).")
    private int last;

    @Option(names = "--json", description = "One JSON document, for scripts.")
    private boolean json;

    private final SpringContext context;

    StatusCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        context.repositoryOnly();
        ExecutionHistory history = context.getBean(ExecutionHistory.class);
        List<ExecutionReport> reports = history.hasRepository() ? history.recent(last) : List.of();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asMaps(reports)));
        } else if (reports.isEmpty()) {
            out.println("No import has run on this database yet.");
        } else {
            reports.forEach(r -> print(out, r));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, ExecutionReport r) {
        out.printf(Locale.ROOT, "Execution %d (run %d): %s, started %s, %s%n", r.jobExecutionId(), r.jobInstanceId(), r.status(),
                r.startTime() == null ? "-" : r.startTime().withNano(0), r.endTime() == null ? "not ended" : "took " + seconds(r) + " s");
        out.printf(Locale.ROOT, "  input %s%s%n", r.input(), r.runDate() == null ? "" : "  run date " + r.runDate());
        out.printf(Locale.ROOT, "  files %,d%s  loaded %,d  duplicates %,d  quarantined %,d  pending %,d%n", r.filesSeen(),
                r.records() == 0 ? "" : String.format(Locale.ROOT, " (records %,d)", r.records()), r.loaded(), r.duplicates(),
                r.quarantined(), r.pending());
        for (ExecutionReport.StepReport s : r.steps()) {
            out.printf(Locale.ROOT, "  %-22s %-10s read %,d  written %,d  skipped %,d  commits %,d%n", s.name(), s.status(), s.read(),
                    s.written(), s.skipped(), s.commits());
        }
        if (r.status().equals("STOPPED")) {
            out.printf(Locale.ROOT, "  stopped at the operator's request; 'restart %d' resumes it%n", r.jobExecutionId());
        } else if (r.exitDescription() != null) {
            out.println("  failure: " + r.exitDescription());
        }
    }

    private static String seconds(ExecutionReport r) {
        return String.format(Locale.ROOT, "%.1f", Duration.between(r.startTime(), r.endTime()).toMillis() / 1000.0);
    }

    private static List<Map<String, Object>> asMaps(List<ExecutionReport> reports) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ExecutionReport r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("jobExecutionId", r.jobExecutionId());
            m.put("jobInstanceId", r.jobInstanceId());
            m.put("status", r.status());
            m.put("startTime", Objects.toString(r.startTime(), null));
            m.put("endTime", Objects.toString(r.endTime(), null));
            m.put("input", r.input());
            m.put("runDate", r.runDate());
            m.put("exitDescription", r.status().equals("STOPPED") ? null : r.exitDescription());
            m.put("files", r.filesSeen());
            m.put("records", r.records());
            m.put("loaded", r.loaded());
            m.put("duplicates", r.duplicates());
            m.put("quarantined", r.quarantined());
            m.put("pending", r.pending());
            m.put("steps", r.steps());
            out.add(m);
        }
        return out;
    }
}
