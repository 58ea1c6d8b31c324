package org.marsad.core.extract.entity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;

import org.marsad.core.extract.entity.EntityGazetteer;

/**
 * A token's scores under the features of {@code arabic-ner-features.xml}, the descriptor every model of
 * {@link EntityModel#train} is written with: most of its features (the word, its class, letters, stem, clusters
 * and the same of its neighbours) depend on one word and its place in the window alone, so the rows of
 * {@link FeatureWeights} they name are looked up once per word and kept, and only the features of word pairs
 * and previous decisions are made as strings for each token. The features are OpenNLP's context generator's
 * ({@code WordRowScorerTest} holds them equal on real sentences); made as strings for every token they were most
 * of the import's time.
 */
final class WordRowScorer {

    /** How far the descriptor's windows reach: two words either side. */
    private static final int REACH = 2;
    /** Beyond this many words the kept rows are dropped and gathered again: news reuses its vocabulary. */
    private static final int KEPT_WORDS = 60_000;

    private final FeatureWeights weights;
    private final List<TokenFeatureGeneratorFactory.TokenFeatures> windowed = List.of(
            new TokenFeatureGeneratorFactory.TokenFeatures(true), new TokenFeatureGeneratorFactory.TokenFeatures(false));
    private final List<AdaptiveFeatureGenerator> ofTheWord = List.of(new PrefixFeatureGenerator(3), new SuffixFeatureGenerator(3));
    private final ArabicFeatureGeneratorFactory.ArabicFeatures arabic = new ArabicFeatureGeneratorFactory.ArabicFeatures(EntityGazetteer.standard());
    private final CharacterNgramFeatureGeneratorFactory.CharacterNgrams ngrams = new CharacterNgramFeatureGeneratorFactory.CharacterNgrams(2, 4);
    /** The word-cluster generators in the order {@link EntityModel#train} appends them, each in a window of one. */
    private final List<WordClusterFeatureGeneratorFactory.ClusterFeatures> clusters = new ArrayList<>();
    private final AdaptiveFeatureGenerator prior = new OutcomePriorFeatureGenerator();
    private final AdaptiveFeatureGenerator bigrams = new BigramNameFeatureGenerator();
    private final AdaptiveFeatureGenerator sentenceStart = new SentenceFeatureGenerator(true, false);
    private final ConcurrentHashMap<String, int[][]> rowsByWord = new ConcurrentHashMap<>();

    WordRowScorer(FeatureWeights weights, List<WordClusterDictionary> clusterings) {
        this.weights = weights;
        for (int i = 0; i < clusterings.size(); i++) {
            clusters.add(new WordClusterFeatureGeneratorFactory.ClusterFeatures("clusters" + i, clusterings.get(i)));
        }
    }

    /** The summed weights per outcome of the features at {@code index}, given the outcomes {@code before} it. */
    double[] scores(String[] tokens, int index, String[] before) {
        double[] scores = new double[weights.outcomes()];
        for (int offset = -REACH; offset <= REACH; offset++) {
            int at = index + offset;
            if (at >= 0 && at < tokens.length) {
                weights.add(rows(tokens[at])[offset + REACH], scores);
            }
        }
        List<String> features = new ArrayList<>(12);
        addSentenceFeatures(features, tokens, index, before);
        for (String feature : features) {
            weights.add(weights.row(feature), scores);
        }
        return scores;
    }

    /** Every feature {@link #scores} counts at {@code index}, known to the model or not, as strings. */
    List<String> features(String[] tokens, int index, String[] before) {
        List<String> features = new ArrayList<>();
        for (int offset = -REACH; offset <= REACH; offset++) {
            int at = index + offset;
            if (at >= 0 && at < tokens.length) {
                features.addAll(wordFeatures(tokens[at], offset));
            }
        }
        addSentenceFeatures(features, tokens, index, before);
        return features;
    }

    private int[][] rows(String word) {
        int[][] rows = rowsByWord.get(word);
        if (rows == null) {
            rows = new int[2 * REACH + 1][];
            for (int offset = -REACH; offset <= REACH; offset++) {
                rows[offset + REACH] = weights.rows(wordFeatures(word, offset));
            }
            if (rowsByWord.size() >= KEPT_WORDS) {
                rowsByWord.clear();
            }
            rowsByWord.put(word, rows);
        }
        return rows;
    }

    /** What {@code word} gives the token {@code offset} places after it, in the descriptor's order. */
    List<String> wordFeatures(String word, int offset) {
        List<String> features = new ArrayList<>();
        String[] alone = {word};
        String window = offset < 0 ? "p" + -offset : offset > 0 ? "n" + offset : "";
        for (TokenFeatureGeneratorFactory.TokenFeatures generator : windowed) {
            addWindowed(features, generator, alone, window);
        }
        if (offset == 0) {
            for (AdaptiveFeatureGenerator generator : ofTheWord) {
                generator.createFeatures(features, alone, 0, null);
            }
        }
        arabic.addWordFeatures(features, word, offset);
        if (offset == 0) {
            ngrams.createFeatures(features, alone, 0, null);
        }
        if (Math.abs(offset) <= 1) {
            for (WordClusterFeatureGeneratorFactory.ClusterFeatures generator : clusters) {
                addWindowed(features, generator, alone, window);
            }
        }
        return features;
    }

    /** OpenNLP's window names a neighbour's features p1…, n1… before them. */
    private static void addWindowed(List<String> features, AdaptiveFeatureGenerator generator, String[] alone, String window) {
        if (window.isEmpty()) {
            generator.createFeatures(features, alone, 0, null);
            return;
        }
        List<String> own = new ArrayList<>(4);
        generator.createFeatures(own, alone, 0, null);
        for (String feature : own) {
            features.add(window + feature);
        }
    }

    /**
     * The features of the sentence around the token: the outcome prior, the previous-map feature (OpenNLP's adaptive
     * data, which the tagger never carries from one sentence to the next), word pairs, the sentence's start, and the
     * previous decisions {@code DefaultNameContextGenerator} adds.
     */
    private void addSentenceFeatures(List<String> features, String[] tokens, int index, String[] before) {
        prior.createFeatures(features, tokens, index, before);
        features.add("pd=null");
        bigrams.createFeatures(features, tokens, index, before);
        sentenceStart.createFeatures(features, tokens, index, before);
        String po = index > 0 ? before[index - 1] : OTHER;
        String ppo = index > 1 ? before[index - 2] : OTHER;
        features.add("po=" + po);
        features.add("pow=" + po + "," + tokens[index]);
        features.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[index]));
        features.add("ppo=" + ppo);
    }

    private static final String OTHER = "other";
}
