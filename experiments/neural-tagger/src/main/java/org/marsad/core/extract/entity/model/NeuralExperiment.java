package org.marsad.core.extract.entity.model;

import java.io.*;
import java.nio.file.*;
import java.util.*;

import ai.djl.Model;
import ai.djl.ndarray.*;
import ai.djl.ndarray.types.*;
import ai.djl.nn.*;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.*;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import opennlp.tools.util.Span;

import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.entity.GivenNames;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;

/**
 * A BiLSTM tagger on DJL (PyTorch CPU engine) beside the shipped perceptron, trained on ANERcorp blocks 1-4 and
 * scored on block 5 and on NewsFANE Gold's sentences unseen in ANERcorp. Inputs per token: skip-gram vectors of
 * the word and of its stem (fixed, {@link SkipGram}), the shipped word class, gazetteer kinds and spans, given
 * name, article, title before, shape, hashed character 2-4-grams of the stem; one tanh projection, two one-way
 * LSTMs (forward, reversed), softmax per token, Viterbi under BIO constraints. {@code -Dperceptron=true} scores the
 * perceptron on the same split; {@code -Dcombine=true} adds alpha to the log-probability of the perceptron's tag.
 * README of this folder: how to run it and what it measured.
 */
public final class NeuralExperiment {
    static final String[] TAGS = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG"};
    static final Map<String, Integer> TAG = new HashMap<>();
    static { for (int i = 0; i < TAGS.length; i++) TAG.put(TAGS[i], i); }

    final Map<String, float[]> vectors;
    final int dim;
    final WordClusters clusters;
    final EntityGazetteer gaz = EntityGazetteer.standard();
    final GivenNames given = GivenNames.standard();
    static final Lexicon BEFORE_PERSON = Lexicon.named("person-cues");
    final int F;

    NeuralExperiment(Path vec) throws IOException {
        vectors = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(vec)))) {
            int v = in.readInt(); dim = in.readInt();
            for (int i = 0; i < v; i++) {
                String w = in.readUTF(); float[] x = new float[dim]; double n = 0;
                for (int j = 0; j < dim; j++) { x[j] = in.readFloat(); n += x[j] * x[j]; }
                float s = (float) (1 / Math.sqrt(n + 1e-9));
                for (int j = 0; j < dim; j++) x[j] *= s;
                vectors.put(w, x);
            }
        }
        clusters = WordClusters.ofShippedModel().get(0);
        F = 2 * dim + 2 + 256 + 4 + 4 + 2 + 2 + 3 + NGRAM_BUCKETS;
    }

    static final int NGRAM_BUCKETS = Integer.getInteger("buckets", 2048);

    /** character 2- to 4-grams of the stem with its boundaries, hashed */
    static void ngrams(String tok, float[] f, int at) {
        if (NGRAM_BUCKETS == 0) return;
        String w = "<" + EntityGazetteer.stem(tok) + ">";
        for (int n = 2; n <= 4; n++) for (int i = 0; i + n <= w.length(); i++) {
            int h = (w.substring(i, i + n).hashCode() * 0x9E3779B1) >>> 1;
            f[at + h % NGRAM_BUCKETS] = 1;
        }
    }

    float[] features(String[] tokens) {
        int T = tokens.length; float[] f = new float[T * F];
        String[] tags = new String[T]; Arrays.fill(tags, "O");
        for (EntityGazetteer.TokenSpan s : gaz.spans(tokens)) {
            String type = s.type() == EntityType.LOCATION ? "LOC" : "ORG";
            for (int i = s.start(); i < s.end(); i++) tags[i] = (i == s.start() ? "B-" : "I-") + type;
        }
        for (int t = 0; t < T; t++) {
            int o = t * F; String tok = tokens[t];
            float[] w = vectors.get(ArabicMatchKey.of(tok));
            if (w != null) System.arraycopy(w, 0, f, o, dim); else f[o + 2 * dim] = 1;
            float[] s = vectors.get(EntityGazetteer.stem(tok));
            if (s != null) System.arraycopy(s, 0, f, o + dim, dim); else f[o + 2 * dim + 1] = 1;
            int p = o + 2 * dim + 2;
            int c = clusters.classOf(tok); if (c >= 0 && c < 256) f[p + c] = 1;
            p += 256;
            String k = gaz.kindOfWord(tok);
            if (k != null) f[p + switch (k) { case "LOCATION" -> 0; case "LOCATION?" -> 1; case "ORGANIZATION" -> 2; default -> 3; }] = 1;
            p += 4;
            switch (tags[t]) { case "B-LOC" -> f[p] = 1; case "I-LOC" -> f[p + 1] = 1; case "B-ORG" -> f[p + 2] = 1; case "I-ORG" -> f[p + 3] = 1; default -> { } }
            p += 4;
            if (given.isGivenName(tok)) f[p] = 1;
            if (EntityGazetteer.carriesArticle(tok)) f[p + 1] = 1;
            p += 2;
            if (t > 0 && BEFORE_PERSON.contains(tokens[t - 1])) f[p] = 1;
            if (t > 1 && BEFORE_PERSON.contains(tokens[t - 2])) f[p + 1] = 1;
            p += 2;
            if (tok.chars().anyMatch(Character::isDigit)) f[p] = 1;
            if (tok.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch))) f[p + 1] = 1;
            if (tok.chars().noneMatch(Character::isLetterOrDigit)) f[p + 2] = 1;
            ngrams(tok, f, p + 3);
        }
        return f;
    }

    Block net(int proj, int hidden, float drop) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(proj).build())
                .add(Activation::tanh)
                .add(Dropout.builder().optRate(drop).build())
                .add(new BiLstm(hidden))
                .add(Dropout.builder().optRate(drop).build())
                .add(Linear.builder().setUnits(TAGS.length).build());
    }

    /** Two one-way LSTMs, the second over the reversed time axis: DJL 0.36's bidirectional LSTM corrupts the heap in backward on PyTorch 2.7.1. */
    static final class BiLstm extends ai.djl.nn.AbstractBlock {
        final LSTM fwd, bwd; final long h;
        BiLstm(long h) {
            super((byte) 1); this.h = h;
            fwd = addChildBlock("fwd", LSTM.builder().setStateSize((int) h).setNumLayers(1).optBatchFirst(true).build());
            bwd = addChildBlock("bwd", LSTM.builder().setStateSize((int) h).setNumLayers(1).optBatchFirst(true).build());
        }
        @Override
        protected NDList forwardInternal(ParameterStore ps, NDList in, boolean training, ai.djl.util.PairList<String, Object> params) {
            NDArray x = in.singletonOrThrow();
            NDArray f = fwd.forward(ps, new NDList(x), training).singletonOrThrow();
            NDArray b = bwd.forward(ps, new NDList(x.flip(1)), training).singletonOrThrow().flip(1);
            return new NDList(f.concat(b, 2));
        }
        @Override
        public Shape[] getOutputShapes(Shape[] s) { return new Shape[] {new Shape(s[0].get(0), s[0].get(1), 2 * h)}; }
        @Override
        protected void initializeChildBlocks(NDManager m, DataType t, Shape... s) { fwd.initialize(m, t, s); bwd.initialize(m, t, s); }
    }

    record Prepared(LabelledSentence s, float[] x, int[] y) {}

    List<Prepared> prepare(List<LabelledSentence> ss) {
        List<Prepared> out = new ArrayList<>();
        for (LabelledSentence s : ss) {
            int[] y = new int[s.tags().length];
            for (int i = 0; i < y.length; i++) y[i] = TAG.getOrDefault(s.tags()[i], 0);
            out.add(new Prepared(s, features(s.tokens()), y));
        }
        return out;
    }

    static List<List<Prepared>> batches(List<Prepared> ps, int size, Random r) {
        List<Prepared> sorted = new ArrayList<>(ps);
        if (r != null) Collections.shuffle(sorted, r);
        // buckets of similar length, shuffled as batches
        List<List<Prepared>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += size * 20) {
            List<Prepared> chunk = new ArrayList<>(sorted.subList(i, Math.min(sorted.size(), i + size * 20)));
            chunk.sort(Comparator.comparingInt(p -> p.y.length));
            for (int j = 0; j < chunk.size(); j += size) out.add(chunk.subList(j, Math.min(chunk.size(), j + size)));
        }
        if (r != null) Collections.shuffle(out, r);
        return out;
    }

    NDList batch(NDManager m, List<Prepared> b) {
        int T = b.stream().mapToInt(p -> p.y.length).max().orElse(1), B = b.size();
        float[] x = new float[B * T * F]; float[] y = new float[B * T]; float[] mask = new float[B * T];
        for (int i = 0; i < B; i++) {
            Prepared p = b.get(i);
            System.arraycopy(p.x, 0, x, i * T * F, p.x.length);
            for (int t = 0; t < p.y.length; t++) { y[i * T + t] = p.y[t]; mask[i * T + t] = 1; }
        }
        return new NDList(m.create(x, new Shape(B, T, F)), m.create(y, new Shape(B, T)), m.create(mask, new Shape(B, T)));
    }

    /** log-probabilities [T][7] for each sentence of the batch */
    static float[][][] logProbs(NDArray pred, List<Prepared> b) {
        NDArray lp = pred.logSoftmax(2);
        float[] all = lp.toFloatArray(); int T = (int) lp.getShape().get(1), K = TAGS.length;
        float[][][] out = new float[b.size()][][];
        for (int i = 0; i < b.size(); i++) {
            int n = b.get(i).y.length; out[i] = new float[n][K];
            for (int t = 0; t < n; t++) System.arraycopy(all, (i * T + t) * K, out[i][t], 0, K);
        }
        return out;
    }

    /** Viterbi with BIO constraints: I-X only after B-X or I-X. */
    static String[] decode(float[][] lp) {
        int n = lp.length, K = TAGS.length; double[][] best = new double[n][K]; int[][] back = new int[n][K];
        for (int k = 0; k < K; k++) best[0][k] = TAGS[k].startsWith("I-") ? -1e9 : lp[0][k];
        for (int t = 1; t < n; t++) for (int k = 0; k < K; k++) {
            double b = -1e18; int arg = 0;
            for (int j = 0; j < K; j++) {
                if (TAGS[k].startsWith("I-") && !TAGS[j].substring(Math.min(2, TAGS[j].length())).equals(TAGS[k].substring(2))) continue;
                if (best[t - 1][j] > b) { b = best[t - 1][j]; arg = j; }
            }
            best[t][k] = b + lp[t][k]; back[t][k] = arg;
        }
        int k = 0; for (int j = 1; j < K; j++) if (best[n - 1][j] > best[n - 1][k]) k = j;
        String[] tags = new String[n];
        for (int t = n - 1; t >= 0; t--) { tags[t] = TAGS[k]; k = back[t][k]; }
        return tags;
    }

    List<String[]> tagAll(Block net, NDManager m, List<Prepared> ps) {
        return combined(net, m, ps, null, 0);
    }

    /** The BiLSTM's tags, with {@code alpha} added to the log-probability of {@code other}'s tag at each token (none when null). */
    List<String[]> combined(Block net, NDManager m, List<Prepared> ps, List<String[]> other, float alpha) {
        ParameterStore store = new ParameterStore(m, false);
        String[][] out = new String[ps.size()][];
        Map<Prepared, Integer> pos = new IdentityHashMap<>();
        for (int i = 0; i < ps.size(); i++) pos.put(ps.get(i), i);
        for (List<Prepared> b : batches(ps, 32, null)) {
            try (NDManager sub = m.newSubManager()) {
                NDList in = batch(sub, b);
                NDArray pred = net.forward(store, new NDList(in.get(0)), false).singletonOrThrow();
                float[][][] lp = logProbs(pred, b);
                for (int i = 0; i < b.size(); i++) {
                    int at = pos.get(b.get(i));
                    for (int t = 0; other != null && t < lp[i].length; t++) lp[i][t][TAG.getOrDefault(other.get(at)[t], 0)] += alpha;
                    out[at] = EntityModel.withKnownNames(b.get(i).s.tokens(), decode(lp[i]));
                }
            }
        }
        return Arrays.asList(out);
    }

    /** The product's scorer (EntityModelEvaluation) over tags already computed for each sentence. */
    static void score(List<Prepared> ps, List<String[]> tagged, StringBuilder report) {
        Map<String[], String[]> byTokens = new IdentityHashMap<>();
        for (int i = 0; i < ps.size(); i++) byTokens.put(ps.get(i).s.tokens(), tagged.get(i));
        EntityModelEvaluation.score(byTokens::get, ps.stream().map(Prepared::s).toList()).forEach((type, v) ->
                report.append(String.format(Locale.ROOT, " %s %.1f(P%.1f R%.1f)", type, 100 * v.f1(), 100 * v.precision(), 100 * v.recall())));
    }

    public static void main(String[] a) throws Exception {
        Path corpus = Path.of(a[0]);
        NeuralExperiment ex = new NeuralExperiment(Path.of(a[1]));
        int epochs = Integer.getInteger("epochs", 12), proj = Integer.getInteger("proj", 128), hidden = Integer.getInteger("hidden", 128);
        float drop = Float.parseFloat(System.getProperty("drop", "0.5")); int bs = Integer.getInteger("batch", 16);
        List<LabelledSentence> aner;
        try (BufferedReader in = Files.newBufferedReader(corpus.resolve("anercorp/ANERCorp_CamelLab_train.txt"))) { aner = ConllFormat.read(in); }
        List<LabelledSentence> fane;
        try (BufferedReader in = Files.newBufferedReader(corpus.resolve("newsfane/NewsFANE_Gold_2014_170K.txt"))) { fane = NewsFaneFormat.read(in); }
        List<LabelledSentence> unseen = new TrainingOverlap(aner).unseen(fane);
        int fold = Integer.getInteger("fold", 4), folds = 5;
        List<List<LabelledSentence>> split = EntityModelEvaluation.blocks(aner, folds, fold);
        boolean all = Boolean.getBoolean("all");
        List<Prepared> train = ex.prepare(all ? aner : split.get(0)), val = ex.prepare(split.get(1)), test = ex.prepare(unseen);
        System.out.printf("train %d val %d test %d sentences, F=%d%n", train.size(), val.size(), test.size(), ex.F);
        if (Boolean.getBoolean("perceptron")) {
            EntityModel pm = EntityModel.train(all ? aner : split.get(0), 150, WordClusters.ofShippedModel());
            StringBuilder rep = new StringBuilder("perceptron | val");
            score(val, val.stream().map(p -> pm.tag(p.s.tokens())).toList(), rep);
            rep.append(" | newsfane"); score(test, test.stream().map(p -> pm.tag(p.s.tokens())).toList(), rep);
            System.out.println(rep);
            return;
        }
        EntityModel pm = Boolean.getBoolean("combine") ? EntityModel.train(all ? aner : split.get(0), 150, WordClusters.ofShippedModel()) : null;
        List<String[]> pVal = pm == null ? null : val.stream().map(p -> pm.tag(p.s.tokens())).toList();
        List<String[]> pTest = pm == null ? null : test.stream().map(p -> pm.tag(p.s.tokens())).toList();
        Block net = ex.net(proj, hidden, drop);
        try (Model model = Model.newInstance("ner")) {
            model.setBlock(net);
            DefaultTrainingConfig cfg = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(Float.parseFloat(System.getProperty("lr", "0.001")))).optClipGrad(5f).build());
            try (Trainer trainer = model.newTrainer(cfg)) {
                trainer.initialize(new Shape(bs, 20, ex.F));
                Random r = new Random(42);
                for (int e = 0; e < epochs; e++) {
                    long t0 = System.nanoTime(); double sum = 0; int nb = 0;
                    for (List<Prepared> b : batches(train, bs, r)) {
                        try (NDManager sub = trainer.getManager().newSubManager()) {
                            NDList in = ex.batch(sub, b);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray pred = trainer.forward(new NDList(in.get(0))).singletonOrThrow();
                                NDArray lp = pred.logSoftmax(2);
                                NDArray oh = in.get(1).toType(DataType.INT32, false).oneHot(TAGS.length);
                                NDArray nll = lp.mul(oh).sum(new int[] {2}).neg().mul(in.get(2));
                                NDArray loss = nll.sum().div(in.get(2).sum());
                                gc.backward(loss);
                                sum += loss.getFloat(); nb++;
                            }
                            trainer.step();
                        }
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    StringBuilder rep = new StringBuilder();
                    try (NDManager m = trainer.getManager().newSubManager()) {
                        rep.append(" | val"); score(val, ex.tagAll(net, m, val), rep);
                        long t1 = System.nanoTime();
                        rep.append(" | newsfane"); score(test, ex.tagAll(net, m, test), rep);
                        rep.append(String.format(Locale.ROOT, " (tagged in %.1f s)", (System.nanoTime() - t1) / 1e9));
                        if (pm != null) for (float alpha : new float[] {0.5f, 1f, 2f, 4f}) {
                            rep.append(String.format(Locale.ROOT, "%n   alpha %.1f val", alpha)); score(val, ex.combined(net, m, val, pVal, alpha), rep);
                            rep.append(" | newsfane"); score(test, ex.combined(net, m, test, pTest, alpha), rep);
                        }
                    }
                    System.out.printf(Locale.ROOT, "epoch %d loss %.4f %.0f s%s%n", e, sum / nb, secs, rep);
                }
            }
        }
    }
}
