package org.marsad.core.extract.entity.model;

import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A trained perceptron's weights laid out for look-up: each feature's row of weights, one per outcome, in one
 * flat array, and the rows found by open addressing on the feature's hash. It scores a token as OpenNLP's
 * {@code PerceptronModel} does before normalising (the same sums, in the same order), without its map of
 * feature strings to {@code Context} objects: that map's look-ups (hashing, following a node, a key and its
 * bytes) were a fifth of the import's extraction time. Immutable, so one instance serves every thread.
 */
final class FeatureWeights {

    private final String[] outcomes;
    private final int width;
    /** A feature's slot holds its row + 1 (0: empty); the feature itself is kept to confirm a match. */
    private final int[] rows;
    private final String[] features;
    private final int mask;
    private final double[] weights;

    private FeatureWeights(String[] outcomes, Map<String, Context> byFeature) {
        this.outcomes = outcomes.clone();
        this.width = outcomes.length;
        int slots = Integer.highestOneBit(Math.max(2, byFeature.size()) * 2 - 1) * 2; // a load factor at most 1/2
        this.rows = new int[slots];
        this.features = new String[byFeature.size()];
        this.mask = slots - 1;
        this.weights = new double[byFeature.size() * width];
        int row = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            features[row] = e.getKey();
            int[] outcomeOf = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int j = 0; j < outcomeOf.length; j++) {
                weights[row * width + outcomeOf[j]] = parameters[j];
            }
            int slot = spread(e.getKey().hashCode()) & mask;
            while (rows[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            rows[slot] = ++row;
        }
    }

    /** The weights of an OpenNLP model trained as {@link EntityModel} trains (perceptron or maximum entropy). */
    @SuppressWarnings("unchecked")
    static FeatureWeights of(AbstractModel model) {
        Object[] parts = model.getDataStructures();
        return new FeatureWeights((String[]) parts[2], (Map<String, Context>) parts[1]);
    }

    int outcomes() {
        return width;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** The sum of the weights of the given features, per outcome; features the model never saw add nothing. */
    double[] scores(String[] context) {
        double[] scores = new double[width];
        for (String feature : context) {
            add(row(feature), scores);
        }
        return scores;
    }

    /** The rows of those of the features the model knows, in their order. */
    int[] rows(List<String> features) {
        return features.stream().mapToInt(this::row).filter(row -> row >= 0).toArray();
    }

    void add(int[] rows, double[] scores) {
        for (int row : rows) {
            add(row, scores);
        }
    }

    /** Adds a row's weights to the scores; row -1, a feature the model never saw, adds nothing. */
    void add(int row, double[] scores) {
        if (row >= 0) {
            int at = row * width;
            for (int o = 0; o < width; o++) {
                scores[o] += weights[at + o];
            }
        }
    }

    /** The feature's row, or -1 where the model never saw it. */
    int row(String feature) {
        int slot = spread(feature.hashCode()) & mask;
        for (int r = rows[slot]; r != 0; r = rows[slot]) {
            if (features[r - 1].equals(feature)) {
                return r - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** String hashes of similar features differ in their low bits too little for a power-of-two table. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
