package org.marsad.core.extract.entity.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.marsad.core.text.ArabicMatchKey;

/**
 * Word classes learnt from unlabelled text, so that the entity model knows a word it never saw labelled by the
 * company it keeps: names of people, of towns, of ministries each fall into classes of their own. The
 * classes come from the predictive exchange algorithm (Uszkoreit and Brants, 2008): every word is moved to the
 * class that best predicts it from the word before, maximising the likelihood of
 * {@code P(class(w) | v) P(w | class(w))} over the text's bigrams; a pass over the vocabulary costs the number of
 * distinct bigrams times the number of classes. Words are keyed by {@link ArabicMatchKey}, so spelling variants
 * share a class.
 */
public final class WordClusters {

    private final Map<String, Integer> classes;

    private WordClusters(Map<String, Integer> classes) {
        this.classes = classes;
    }

    /** Classes already learnt, as a model stores them: the match key of each word and its class. */
    static WordClusters ofTable(Map<String, Integer> classes) {
        return new WordClusters(Map.copyOf(classes));
    }

    /** Every word-class table the shipped model holds ({@code clusters0}, {@code clusters1}, …), in order. */
    public static List<WordClusters> ofShippedModel() throws IOException {
        Map<String, Map<String, Integer>> tables = new java.util.TreeMap<>();
        try (InputStream bin = EntityModel.class.getResourceAsStream("ner-ar.bin"); ZipInputStream zip = new ZipInputStream(bin)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("clusters")) {
                    Map<String, Integer> classes = tables.computeIfAbsent(e.getName(), k -> new HashMap<>());
                    for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        int space = line.lastIndexOf(' ');
                        if (space > 0) {
                            classes.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1).strip()));
                        }
                    }
                }
            }
        }
        return tables.values().stream().map(WordClusters::ofTable).toList();
    }

    /** The class of a token, or -1 when the text it was learnt from had it too rarely. */
    public int classOf(String token) {
        return classes.getOrDefault(ArabicMatchKey.of(token), -1);
    }

    public int vocabularySize() {
        return classes.size();
    }

    /** As OpenNLP stores word clusters in a model: one {@code word class} line each. */
    WordClusterFeatureGeneratorFactory.Resource toDictionary() {
        StringBuilder lines = new StringBuilder();
        classes.forEach((word, c) -> {
            if (word.indexOf(' ') < 0) {
                lines.append(word).append(' ').append(c).append('\n');
            }
        });
        try {
            return new WordClusterFeatureGeneratorFactory.Resource(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param sentences  the unlabelled text, as runs of tokens
     * @param classCount classes to learn
     * @param minCount   words seen fewer times get no class (they still count as the word before another)
     * @param passes     passes of exchanges over the vocabulary
     */
    public static WordClusters induce(List<List<String>> sentences, int classCount, int minCount, int passes) {
        return new Exchange(sentences, classCount, minCount).run(passes);
    }

    /** The state of the exchange algorithm: counts of (word before, class) pairs and of each class. */
    private static final class Exchange {

        private static final int X_LOG_X_TABLE = 1 << 20;
        private static final double[] X_LOG_X = new double[X_LOG_X_TABLE];

        static {
            for (int x = 1; x < X_LOG_X_TABLE; x++) {
                X_LOG_X[x] = x * Math.log(x);
            }
        }

        private final int k;
        private final List<String> words = new ArrayList<>();
        /** For each word, the distinct words seen before it and how often. */
        private final int[][] before;
        private final int[][] beforeCounts;
        private final long[] count;
        private final int[] classOf;
        /** Bigram counts of (word before, class), one row of k per word before. */
        private final int[] beforeClass;
        private final long[] classCount;

        Exchange(List<List<String>> sentences, int k, int minCount) {
            this.k = k;
            Map<String, Integer> ids = vocabulary(sentences, minCount);
            int rare = words.size();
            int start = rare + 1;
            Map<Long, Integer> bigrams = new HashMap<>();
            for (List<String> sentence : sentences) {
                int previous = start;
                for (String token : sentence) {
                    int id = ids.getOrDefault(ArabicMatchKey.of(token), rare);
                    if (id != rare) {
                        bigrams.merge((long) previous * (rare + 2) + id, 1, Integer::sum);
                    }
                    previous = id;
                }
            }
            int v = words.size();
            int[] degree = new int[v];
            bigrams.keySet().forEach(key -> degree[(int) (key % (rare + 2))]++);
            before = new int[v][];
            beforeCounts = new int[v][];
            for (int w = 0; w < v; w++) {
                before[w] = new int[degree[w]];
                beforeCounts[w] = new int[degree[w]];
            }
            int[] filled = new int[v];
            count = new long[v];
            bigrams.forEach((key, n) -> {
                int w = (int) (key % (rare + 2));
                int i = filled[w]++;
                before[w][i] = (int) (key / (rare + 2));
                beforeCounts[w][i] = n;
                count[w] += n;
            });
            classOf = new int[v];
            beforeClass = new int[(rare + 2) * k];
            classCount = new long[k];
            for (int w = 0; w < v; w++) {
                moveTo(w, w % k); // by frequency: the k most frequent words start alone
            }
        }

        private Map<String, Integer> vocabulary(List<List<String>> sentences, int minCount) {
            Map<String, Integer> frequency = new HashMap<>();
            sentences.forEach(s -> s.forEach(token -> frequency.merge(ArabicMatchKey.of(token), 1, Integer::sum)));
            frequency.entrySet().stream().filter(e -> e.getValue() >= minCount)
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> words.add(e.getKey()));
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                ids.put(words.get(i), i);
            }
            return ids;
        }

        WordClusters run(int passes) {
            for (int pass = 0; pass < passes; pass++) {
                int moved = 0;
                for (int w = 0; w < words.size(); w++) {
                    int from = classOf[w];
                    leave(w);
                    int to = bestClass(w);
                    moveTo(w, to);
                    moved += to == from ? 0 : 1;
                }
                if (moved == 0) {
                    break;
                }
            }
            Map<String, Integer> classes = new HashMap<>();
            for (int w = 0; w < words.size(); w++) {
                classes.put(words.get(w), classOf[w]);
            }
            return new WordClusters(classes);
        }

        /** The class whose joining gains the most likelihood; {@code w} is in none while this is asked. */
        private int bestClass(int w) {
            int best = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            int[] vs = before[w];
            int[] ns = beforeCounts[w];
            for (int c = 0; c < k; c++) {
                double gain = xLogX(classCount[c]) - xLogX(classCount[c] + count[w]);
                for (int i = 0; i < vs.length; i++) {
                    int n = beforeClass[vs[i] * k + c];
                    gain += xLogX(n + ns[i]) - xLogX(n);
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = c;
                }
            }
            return best;
        }

        private void leave(int w) {
            shift(w, classOf[w], -1);
        }

        private void moveTo(int w, int c) {
            classOf[w] = c;
            shift(w, c, 1);
        }

        private void shift(int w, int c, int sign) {
            int[] vs = before[w];
            for (int i = 0; i < vs.length; i++) {
                beforeClass[vs[i] * k + c] += sign * beforeCounts[w][i];
            }
            classCount[c] += sign * count[w];
        }

        private static double xLogX(long x) {
            return x < X_LOG_X_TABLE ? X_LOG_X[(int) x] : x * Math.log(x);
        }
    }
}
