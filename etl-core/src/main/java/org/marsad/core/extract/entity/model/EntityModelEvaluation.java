package org.marsad.core.extract.entity.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.util.Span;

import org.marsad.core.extract.entity.NameTagger;

/**
 * Entity-level precision, recall and F1 per type (a prediction counts when its span and type are exactly
 * right), measured only on text the model was not trained on: cross-validation over contiguous blocks of
 * sentences (consecutive sentences come from one article and share its names, so folds dealt sentence by
 * sentence measure memory), and held-out tests on a second corpus with the sentences that repeat the
 * training text left out.
 */
public final class EntityModelEvaluation {

    /** Gold names neither right nor wrong to find: facilities, which the corpora type differently. */
    private static final Set<String> NEUTRAL = Set.of("FAC");

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

    /** A held-out score and how many test sentences were left out because the training data holds their text. */
    public record HeldOut(Map<String, Score> scores, int tested, int leftOut) {
    }

    private EntityModelEvaluation() {
    }

    /** Scores by type plus {@code MICRO} over all types. */
    public static Map<String, Score> score(NameTagger model, List<LabelledSentence> test) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String type : List.of("PERS", "LOC", "ORG")) {
            scores.put(type, new Score(0, 0, 0));
        }
        for (LabelledSentence s : test) {
            Set<Span> gold = new HashSet<>(List.of(EntityModel.spans(s.tags())));
            Set<Span> neutral = untyped(EntityModel.spans(s.tags(), NEUTRAL));
            Set<Span> predicted = new HashSet<>(List.of(EntityModel.spans(model.tag(s.tokens()))));
            predicted.removeIf(p -> neutral.contains(new Span(p.getStart(), p.getEnd())));
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

    /** k-fold cross-validation over contiguous blocks: fold f tests sentences [f·n/k, (f+1)·n/k) and trains on the rest. */
    public static Map<String, Score> crossValidate(List<LabelledSentence> sentences, int folds, int iterations) throws IOException {
        return crossValidate(sentences, folds, iterations, List.of());
    }

    /** @param clusterings word classes learnt from unlabelled text (not from {@code sentences}) */
    public static Map<String, Score> crossValidate(List<LabelledSentence> sentences, int folds, int iterations, List<WordClusters> clusterings)
            throws IOException {
        Map<String, Score> total = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            List<List<LabelledSentence>> split = blocks(sentences, folds, f);
            score(EntityModel.train(split.get(0), iterations, clusterings), split.get(1)).forEach((type, s) -> total.merge(type, s, Score::plus));
        }
        return total;
    }

    /** The training sentences and the test block of fold {@code f} of {@code folds}. */
    static List<List<LabelledSentence>> blocks(List<LabelledSentence> sentences, int folds, int f) {
        int from = (int) ((long) f * sentences.size() / folds);
        int to = (int) ((long) (f + 1) * sentences.size() / folds);
        List<LabelledSentence> train = new ArrayList<>(sentences.subList(0, from));
        train.addAll(sentences.subList(to, sentences.size()));
        return List.of(train, List.copyOf(sentences.subList(from, to)));
    }

    /** Trains on one corpus and scores on another, leaving out test sentences whose text the training data holds. */
    public static HeldOut heldOut(List<LabelledSentence> train, List<LabelledSentence> test, int iterations, List<WordClusters> clusterings)
            throws IOException {
        List<LabelledSentence> unseen = new TrainingOverlap(train).unseen(test);
        return new HeldOut(score(EntityModel.train(train, iterations, clusterings), unseen), unseen.size(), test.size() - unseen.size());
    }

    /** Scores an already trained model on a second corpus, leaving out what the given training data holds. */
    public static HeldOut heldOut(EntityModel model, List<LabelledSentence> train, List<LabelledSentence> test) {
        List<LabelledSentence> unseen = train.isEmpty() ? test : new TrainingOverlap(train).unseen(test);
        return new HeldOut(score(model, unseen), unseen.size(), test.size() - unseen.size());
    }

    private static Set<Span> untyped(Span[] spans) {
        Set<Span> out = new HashSet<>();
        for (Span s : spans) {
            out.add(new Span(s.getStart(), s.getEnd()));
        }
        return out;
    }
}
