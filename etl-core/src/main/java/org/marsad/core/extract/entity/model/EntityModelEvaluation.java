package org.marsad.core.extract.entity.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Entity-level precision, recall and F1 per type (a prediction counts when its span and type are
 * exactly right), and k-fold cross-validation of the trainable model.
 */
public final class EntityModelEvaluation {

    /** Counts of one type: true positives, predictions, gold entities. */
    public record Score(int truePositives, int predicted, int gold) {

        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    private EntityModelEvaluation() {
    }

    /** Scores by type plus {@code MICRO} over all types. */
    public static Map<String, Score> score(EntityModel model, List<LabelledSentence> test) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String type : List.of("PERS", "LOC", "ORG")) {
            scores.put(type, new Score(0, 0, 0));
        }
        for (LabelledSentence s : test) {
            Set<Span> gold = new HashSet<>(List.of(EntityModel.spans(s.tags())));
            Set<Span> predicted = new HashSet<>(List.of(EntityModel.spans(model.tag(s.tokens()))));
            for (String type : List.of("PERS", "LOC", "ORG")) {
                int tp = (int) predicted.stream().filter(p -> p.getType().equals(type) && gold.contains(p)).count();
                int pred = (int) predicted.stream().filter(p -> p.getType().equals(type)).count();
                int g = (int) gold.stream().filter(p -> p.getType().equals(type)).count();
                scores.merge(type, new Score(tp, pred, g), Score::plus);
            }
        }
        scores.put("MICRO", scores.values().stream().reduce(new Score(0, 0, 0), Score::plus));
        return scores;
    }

    /** k-fold cross-validation: sentences dealt round-robin into folds, each fold tested once. */
    public static Map<String, Score> crossValidate(List<LabelledSentence> sentences, int folds, int iterations) throws IOException {
        return crossValidate(sentences, folds, iterations, List.of());
    }

    /** @param clusterings word classes learnt from unlabelled text (not from {@code sentences}) */
    public static Map<String, Score> crossValidate(List<LabelledSentence> sentences, int folds, int iterations, List<WordClusters> clusterings)
            throws IOException {
        Map<String, Score> total = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            List<LabelledSentence> train = new ArrayList<>();
            List<LabelledSentence> test = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                (i % folds == f ? test : train).add(sentences.get(i));
            }
            score(EntityModel.train(train, iterations, clusterings), test).forEach((type, s) -> total.merge(type, s, Score::plus));
        }
        return total;
    }
}
