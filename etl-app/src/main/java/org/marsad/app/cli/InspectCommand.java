package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;
import org.marsad.jobs.importing.ArticlePipeline;
import org.marsad.core.ArticleFacts;
import org.marsad.core.extract.event.Event;
import org.marsad.core.extract.event.EventParty;
import org.marsad.core.extract.event.EventPeriod;
import org.marsad.core.extract.event.EventPlace;
import org.marsad.core.Inspection;
import org.marsad.core.clean.RemovedLine;
import org.marsad.core.encoding.CharsetDetection;
import org.marsad.core.read.RemovedBlock;
import org.marsad.core.read.UnreadableFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows what reading and cleaning do to one file, without a database: the detected format and"
                + " charset, the metadata found, the clean text, what the web page step left out and why, and each removed line"
                + " with the rule that removed it.",
        footer = {"", "Examples:", "  java -jar etl-app/target/marsad.jar inspect samples/karbala-water-station.html",
                "  java -jar etl-app/target/marsad.jar inspect ../shared/corpus/seeds/001_370109dc803e71f9.txt",
                "  java -jar etl-app/target/marsad.jar inspect page.html --marsad.import.entity-model=models/ner-ar.bin",
                "", "The settings of a run apply (marsad.import.*: reading limits, min-words, entity-model)."})
final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The article file.")
    private Path file;

    private final SpringContext context;

    InspectCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "not a file: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        // the pipeline of a run with the same settings (reading limits, minimum of words, entity model), built before any output
        ArticleExtractor pipeline = ArticlePipeline.of(ImportSettings.bind(context.settings()));
        byte[] bytes = Files.readAllBytes(file);
        out.printf("File:      %s (%,d bytes)%n", file, bytes.length);
        try {
            print(out, pipeline.inspect(file.getFileName().toString(), bytes));
            return 0;
        } catch (UnreadableFileException e) {
            out.println("Quarantined: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    private static void print(PrintWriter out, Inspection inspection) {
        out.printf("Format:    %s%n", inspection.document().mediaType());
        CharsetDetection charset = inspection.document().charset();
        out.printf("Charset:   %s%n", charset == null ? "(carried by the format)"
                : charset.charsetName() + " (decided by " + charset.method() + ", confidence " + charset.confidence() + ")");
        section(out, "Metadata", inspection.document().metadata());
        section(out, "Captured", inspection.cleaned().captured());
        Article article = inspection.article().article();
        out.printf("Article:   title=%s%n", article.title());
        out.printf("           source=%s author=%s dateline=%s%n", article.sourceName(), article.author(), article.dateline());
        out.printf("           published=%s%s language=%s reads=%s words=%d%n", article.publishedAt(),
                article.publishedOffset() == null ? "" : " " + article.publishedOffset(), article.language(), article.readsCount(),
                article.wordCount());
        out.printf("           content hash %s%n", article.contentHash());
        section(out, "Decided by", inspection.fields().decidedBy());
        out.println();
        out.println("--- Clean body (as stored; headline, date and byline lines are fields above) ---");
        out.println(article.body());
        out.println();
        if (!inspection.document().removed().isEmpty()) {
            out.printf("--- Removed by the web page step (%d blocks: page furniture and text outside the main content) ---%n",
                    inspection.document().removed().size());
            for (RemovedBlock block : inspection.document().removed()) {
                out.printf("  %-28s %s%n", block.reason(), block.text());
            }
            out.println();
        }
        out.printf("--- Removed lines (%d) ---%n", inspection.cleaned().removed().size());
        for (RemovedLine line : inspection.cleaned().removed()) {
            out.printf("%5d  %-18s %s%n", line.lineNumber(), line.rule(), line.text().strip());
        }
        facts(out, inspection.article().facts());
    }

    /** The facts as the warehouse gets them (without a trained entity model, which the import adds when configured). */
    private static void facts(PrintWriter out, ArticleFacts facts) {
        out.println();
        out.printf("--- Facts: %d entities, %d quantities, %d quotations, %d dates, %d events ---%n", facts.entities().size(),
                facts.quantities().size(), facts.quotations().size(), facts.dates().size(), facts.events().size());
        facts.entities().forEach(e -> out.printf("  %-13s %s (%d×)%n", e.type(), e.canonicalName(), e.mentionCount()));
        facts.quantities().forEach(q -> out.printf("  %-13s %s%s%s%s %s%n      in: %s%n", q.category(),
                q.amount().stripTrailingZeros().toPlainString(), q.high() == null ? "" : "-" + q.high().stripTrailingZeros().toPlainString(),
                q.unit() == null ? "" : " " + q.unit(), q.approximate() ? " (approximate)" : "", q.kind(), shortened(q.sentence(), 160)));
        facts.quotations().forEach(q -> out.printf("  %-13s %s%s: %s%n", "QUOTE", q.speaker() == null ? "(unknown)" : q.speaker(),
                q.speakerType() == null ? "" : " [" + q.speakerType() + "]", shortened(q.text(), 80)));
        facts.dates().forEach(d -> out.printf("  %-13s %s %s (%s)%n", "DATE", d.value(), d.granularity(), d.expression()));
        facts.events().forEach(e -> event(out, e));
    }

    /** One event: its count, then each field with what decided it. */
    private static void event(PrintWriter out, Event e) {
        out.printf("  %-13s %s %s %s%n", "EVENT", e.count().category(), e.count().amount().stripTrailingZeros().toPlainString(), e.count().kind());
        out.printf("      actor:  %s%n", party(e.actor()));
        out.printf("      target: %s%n", party(e.target()));
        EventPlace p = e.place();
        out.printf("      place:  %s%n", p == null ? "-" : p.name() + " / " + (p.region() == null ? "-" : p.region()) + " / "
                + (p.country() == null ? "-" : p.country()) + "  [" + p.evidence() + "]");
        EventPeriod t = e.period();
        out.printf("      period: %s%n", t == null ? "-" : t.start() + (t.end().equals(t.start()) ? "" : ".." + t.end()) + " " + t.granularity()
                + "  [" + t.evidence() + "]");
    }

    private static String party(EventParty p) {
        return p == null ? "-" : p.name() + " (" + p.type() + ")  [" + p.evidence() + "]";
    }

    private static String shortened(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) + "…" : text;
    }

    private static void section(PrintWriter out, String label, Map<String, String> values) {
        if (values.isEmpty()) {
            out.printf("%-10s (none)%n", label + ":");
            return;
        }
        out.printf("%-10s%n", label + ":");
        values.forEach((k, v) -> out.printf("  %-24s %s%n", k, v.length() > 100 ? v.substring(0, 100) + "…" : v));
    }
}
