package org.marsad.core.extract.entity.model;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.WordChars;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.core.read.ReadRecord;
import org.marsad.core.read.UnreadableFileException;
import org.marsad.core.encoding.CompositeCharsetDetector;

/**
 * Word vectors for the neural tagger experiment: skip-gram with negative sampling (Mikolov et al. 2013; window 5,
 * 5 negatives, subsampling 1e-4, two Hogwild threads) over news read as the import reads it, words keyed by
 * {@link ArabicMatchKey} as the word classes are. {@code SkipGram OUT DIM MIN_COUNT EPOCHS DIR...}
 */
public final class SkipGram {
    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        int dim = Integer.parseInt(a[1]), minCount = Integer.parseInt(a[2]), epochs = Integer.parseInt(a[3]);
        long t0 = System.nanoTime();
        List<String> lines = new ArrayList<>();
        ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());
        for (int d = 4; d < a.length; d++) {
            try (var walk = Files.walk(Path.of(a[d]))) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        for (ReadRecord r : reader.readAll(file.getFileName().toString(), Files.readAllBytes(file))) {
                            if (r.document() != null) r.document().text().lines().forEach(lines::add);
                        }
                    } catch (UnreadableFileException e) {
                        // not text
                    }
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> sents = new ArrayList<>();
        for (String l : lines) {
            List<String> w = WordChars.words(ArabicMatchKey.of(l));
            if (w.isEmpty()) continue;
            String[] ws = w.toArray(String[]::new);
            sents.add(ws);
            for (String x : ws) counts.merge(x, 1, Integer::sum);
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((k, v) -> { if (v >= minCount) vocab.add(k); });
        vocab.sort((x, y) -> counts.get(y) - counts.get(x));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) index.put(vocab.get(i), i);
        int V = vocab.size();
        long total = 0;
        int[][] ids = new int[sents.size()][];
        for (int s = 0; s < sents.size(); s++) {
            String[] ws = sents.get(s);
            int[] x = new int[ws.length]; int n = 0;
            for (String w : ws) { Integer i = index.get(w); if (i != null) x[n++] = i; }
            ids[s] = Arrays.copyOf(x, n); total += n;
        }
        System.out.printf("vocab %d, tokens %d, read in %.1f s%n", V, total, (System.nanoTime() - t0) / 1e9);
        double[] freq = new double[V];
        for (int i = 0; i < V; i++) freq[i] = counts.get(vocab.get(i)) / (double) total;
        int TABLE = 10_000_000; int[] table = new int[TABLE];
        double norm = 0; for (int i = 0; i < V; i++) norm += Math.pow(counts.get(vocab.get(i)), 0.75);
        int w = 0; double cum = Math.pow(counts.get(vocab.get(0)), 0.75) / norm;
        for (int i = 0; i < TABLE; i++) { table[i] = w; if (i / (double) TABLE > cum && w < V - 1) { w++; cum += Math.pow(counts.get(vocab.get(w)), 0.75) / norm; } }
        float[] syn0 = new float[V * dim], syn1 = new float[V * dim];
        Random r0 = new Random(1);
        for (int i = 0; i < syn0.length; i++) syn0[i] = (r0.nextFloat() - 0.5f) / dim;
        int threads = 2, window = 5, neg = 5; float alpha0 = 0.025f; double sample = 1e-4;
        long work = total * epochs; AtomicLong done = new AtomicLong();
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int tid = t;
            ts[t] = new Thread(() -> {
                Random r = new Random(tid + 7);
                float[] neu1e = new float[dim];
                for (int e = 0; e < epochs; e++) {
                    for (int s = tid; s < ids.length; s += threads) {
                        int[] sen = ids[s];
                        int[] kept = new int[sen.length]; int k = 0;
                        for (int x : sen) { double f = freq[x]; double keep = (Math.sqrt(f / sample) + 1) * sample / f; if (keep >= r.nextDouble()) kept[k++] = x; }
                        long d = done.addAndGet(sen.length);
                        float alpha = Math.max(alpha0 * 0.0001f, alpha0 * (1 - d / (float) (work + 1)));
                        for (int p = 0; p < k; p++) {
                            int b = r.nextInt(window);
                            for (int c = p - window + b; c <= p + window - b; c++) {
                                if (c < 0 || c >= k || c == p) continue;
                                int l1 = kept[c] * dim;
                                Arrays.fill(neu1e, 0);
                                for (int n = 0; n <= neg; n++) {
                                    int target, label;
                                    if (n == 0) { target = kept[p]; label = 1; } else { target = table[r.nextInt(TABLE)]; if (target == kept[p]) continue; label = 0; }
                                    int l2 = target * dim; float f = 0;
                                    for (int j = 0; j < dim; j++) f += syn0[l1 + j] * syn1[l2 + j];
                                    float g;
                                    if (f > 6) g = (label - 1) * alpha; else if (f < -6) g = label * alpha; else g = (label - (float) (1 / (1 + Math.exp(-f)))) * alpha;
                                    for (int j = 0; j < dim; j++) neu1e[j] += g * syn1[l2 + j];
                                    for (int j = 0; j < dim; j++) syn1[l2 + j] += g * syn0[l1 + j];
                                }
                                for (int j = 0; j < dim; j++) syn0[l1 + j] += neu1e[j];
                            }
                        }
                    }
                    if (tid == 0) System.out.printf("epoch %d %.1f s%n", e, (System.nanoTime() - t0) / 1e9);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            o.writeInt(V); o.writeInt(dim);
            for (int i = 0; i < V; i++) { o.writeUTF(vocab.get(i)); for (int j = 0; j < dim; j++) o.writeFloat(syn0[i * dim + j]); }
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
