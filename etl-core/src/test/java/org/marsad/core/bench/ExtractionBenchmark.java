package org.marsad.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.marsad.core.ArticleExtractor;
import org.marsad.core.ArticleFactsExtractor;
import org.marsad.core.read.UnreadableFileException;
import org.marsad.core.clean.BoilerplateFilter;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.extract.date.DateMentionExtractor;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.quantity.QuantityExtractor;
import org.marsad.core.extract.quote.QuotationExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Articles per second per core of each hot part of {@code etl-core}, on {@value #ARTICLES} real
 * SaudiNewsNet article bodies from the shared corpus ({@code -Dmarsad.corpus.dir}, default
 * {@code ../shared/corpus}). Each operation is one article. How to run: README, "Benchmark".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    static final int ARTICLES = 200;

    private final List<byte[]> files = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> cleanTexts = new ArrayList<>();
    private final LocalDate published = LocalDate.of(2015, 8, 1);

    private final CompositeCharsetDetector charsets = CompositeCharsetDetector.standard();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final BoilerplateFilter boilerplate = BoilerplateFilter.standard();
    private final DateMentionExtractor dates = new DateMentionExtractor();
    private final EntityGazetteer gazetteer = EntityGazetteer.standard();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuotationExtractor quotations = new QuotationExtractor();
    private final ArticleFactsExtractor facts = ArticleFactsExtractor.standard();
    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Setup
    public void readCorpus() throws IOException {
        Path dir = Path.of(System.getProperty("marsad.corpus.dir", "../shared/corpus"), "saudinewsnet", "articles");
        try (Stream<Path> paths = Files.list(dir)) {
            // a few SaudiNewsNet bodies are blank: the import quarantines them, a benchmark of extraction skips them
            paths.sorted().map(ExtractionBenchmark::read).filter(b -> !new String(b, StandardCharsets.UTF_8).isBlank())
                    .limit(ARTICLES).forEach(files::add);
        }
        for (byte[] file : files) {
            String text = new String(file, StandardCharsets.UTF_8);
            texts.add(text);
            cleanTexts.add(boilerplate.clean(normalizer.normalize(text)).text());
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void encodingDetection(Blackhole bh) {
        files.forEach(f -> bh.consume(charsets.decide(f)));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void cleaning(Blackhole bh) {
        texts.forEach(t -> bh.consume(boilerplate.clean(normalizer.normalize(t))));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void dateParsing(Blackhole bh) {
        cleanTexts.forEach(t -> bh.consume(dates.extract(t, published)));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void entityMatching(Blackhole bh) {
        cleanTexts.forEach(t -> bh.consume(gazetteer.find(t)));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void quantityExtraction(Blackhole bh) {
        cleanTexts.forEach(t -> bh.consume(quantities.extract(t)));
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void quotationExtraction(Blackhole bh) {
        cleanTexts.forEach(t -> bh.consume(quotations.extract(t)));
    }

    /** Entities (gazetteer and people), quantities, quotations and dates together, as the import runs them. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void allFacts(Blackhole bh) {
        cleanTexts.forEach(t -> bh.consume(facts.extract(null, t, published.atStartOfDay())));
    }

    /** The whole file-to-article path: format, charset, cleaning, fields and facts. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void wholeArticle(Blackhole bh) throws UnreadableFileException {
        for (int i = 0; i < files.size(); i++) {
            bh.consume(extractor.extractAll("article-" + i + ".txt", files.get(i)));
        }
    }
}
