package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.extract.entity.model.WordClusters;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.core.read.ReadRecord;
import org.marsad.core.read.UnreadableFileException;
import org.marsad.core.text.WordChars;

import picocli.CommandLine.Option;

/**
 * {@code --unlabelled DIR}: news text without labels from which the entity model's word classes are learnt
 * ({@link WordClusters}); any format the import reads. Without it the model has no word-class features.
 */
final class WordClusterOptions {

    @Option(names = "--unlabelled", paramLabel = "DIR", description = "Unlabelled news (any format the import reads, read recursively)"
                + " to learn word classes from; may be repeated. Example: ../shared/corpus/ant ../shared/corpus/saudinewsnet/articles")
    private List<Path> unlabelled = new ArrayList<>();

    @Option(names = "--classes", defaultValue = "256", split = ",", description = "Word classes to learn; several numbers (128,1024) learn one clustering each (default: ${DEFAULT-VALUE}).")
    private List<Integer> classes;

    @Option(names = "--min-count", defaultValue = "3", description = "Words seen fewer times get no class (default: ${DEFAULT-VALUE}).")
    private int minCount;

    @Option(names = "--passes", defaultValue = "15", description = "Exchange passes over the vocabulary (default: ${DEFAULT-VALUE}).")
    private int passes;

    /** The word classes, one clustering for each {@code --classes}; none when no unlabelled text was given. */
    /** @param reader the reading step of the import's pipeline, with its limits */
    List<WordClusters> clusterings(PrintWriter out, ArticleFileReader reader) throws IOException {
        if (unlabelled.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        List<List<String>> lines = new ArrayList<>();
        int files = 0;
        for (Path dir : unlabelled) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files += read(reader, file, lines) ? 1 : 0;
                }
            }
        }
        long tokens = lines.stream().mapToLong(List::size).sum();
        List<WordClusters> clusterings = new ArrayList<>();
        for (int k : classes) {
            clusterings.add(WordClusters.induce(lines, k, minCount, passes));
        }
        out.printf("Learnt %s word classes of %,d words from %,d tokens in %,d files in %.1f s%n", classes, clusterings.get(0).vocabularySize(),
                tokens, files, (System.nanoTime() - start) / 1e9);
        out.flush();
        return clusterings;
    }

    private static boolean read(ArticleFileReader reader, Path file, List<List<String>> lines) {
        try {
            for (ReadRecord record : reader.readAll(file.getFileName().toString(), Files.readAllBytes(file))) {
                if (record.document() != null) {
                    record.document().text().lines().map(line -> WordChars.words(ArabicMatchKey.of(line)))
                            .filter(words -> !words.isEmpty()).forEach(lines::add);
                }
            }
            return true;
        } catch (UnreadableFileException e) {
            return false; // a file that is not text (an image, say) teaches nothing about words
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
