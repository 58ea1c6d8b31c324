package org.marsad.core.extract.entity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * The held-out-style figure of a feature change in two minutes instead of four: trains on ANERcorp with the
 * shipped model's word classes (not learnt again) and scores NewsFANE's sentences unseen in training, as
 * {@code evaluate-entities --test} does; with a second argument, writes every miss and false find there.
 * With {@code -Dmodel=FILE}, scores that model instead of training one; with {@code -Dhalves=true}, measures what
 * training on NewsFANE Gold beside ANERcorp adds (see {@link #halves}). A developer's tool, not a test:
 * {@code java -cp … EntityExperiment CORPUS_DIR [ERRORS_FILE]}.
 */
public final class EntityExperiment {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        List<LabelledSentence> train;
        try (BufferedReader in = Files.newBufferedReader(corpus.resolve("anercorp/ANERCorp_CamelLab_train.txt"))) {
            train = ConllFormat.read(in);
        }
        List<LabelledSentence> test;
        try (BufferedReader in = Files.newBufferedReader(corpus.resolve("newsfane/NewsFANE_Gold_2014_170K.txt"))) {
            test = NewsFaneFormat.read(in);
        }
        List<LabelledSentence> unseen = new TrainingOverlap(train).unseen(test);
        if (Boolean.getBoolean("halves")) {
            halves(train, test, unseen);
            return;
        }
        long start = System.nanoTime();
        String trained = System.getProperty("model");
        EntityModel model = trained != null ? EntityModel.load(Path.of(trained)) : EntityModel.train(train, 150, shippedClusters());
        Map<String, EntityModelEvaluation.Score> scores = EntityModelEvaluation.score(model, unseen);
        System.out.printf(Locale.ROOT, "trained in %.0f s; %d unseen sentences%n", (System.nanoTime() - start) / 1e9, unseen.size());
        scores.forEach((type, s) -> System.out.printf(Locale.ROOT, "%-5s F1 %.1f  P %.1f  R %.1f  (%d gold)%n", type, 100 * s.f1(),
                100 * s.precision(), 100 * s.recall(), s.gold()));
        if (args.length > 1) {
            writeErrors(model, unseen, Path.of(args[1]));
        }
    }

    /**
     * How much NewsFANE Gold adds in training, measured where it can be: its unseen sentences dealt into two
     * halves by blocks of 80 (consecutive sentences share an article), each half scored by a model trained on
     * ANERcorp alone and by one trained on ANERcorp, all of NewsFANE's other sentences and the other half.
     */
    private static void halves(List<LabelledSentence> aner, List<LabelledSentence> fane, List<LabelledSentence> unseen) throws IOException {
        List<List<LabelledSentence>> half = List.of(new ArrayList<>(), new ArrayList<>());
        for (int k = 0; k < unseen.size(); k++) {
            half.get((k / 80) % 2).add(unseen.get(k));
        }
        Set<LabelledSentence> unseenSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        unseenSet.addAll(unseen);
        List<LabelledSentence> seen = fane.stream().filter(s -> !unseenSet.contains(s)).toList();
        EntityModel alone = EntityModel.train(aner, 150, shippedClusters());
        for (int h = 0; h < 2; h++) {
            List<LabelledSentence> train = new ArrayList<>(aner);
            train.addAll(seen);
            train.addAll(half.get(1 - h));
            print("ANERcorp -> half " + (h + 1), EntityModelEvaluation.score(alone, half.get(h)));
            print("ANERcorp + NewsFANE but half " + (h + 1) + " -> half " + (h + 1),
                    EntityModelEvaluation.score(EntityModel.train(train, 150, shippedClusters()), half.get(h)));
        }
    }

    private static void print(String title, Map<String, EntityModelEvaluation.Score> scores) {
        StringBuilder b = new StringBuilder(title);
        scores.forEach((type, s) -> b.append(String.format(Locale.ROOT, "  %s %.1f (P %.1f R %.1f, %d)", type, 100 * s.f1(), 100 * s.precision(),
                100 * s.recall(), s.gold())));
        System.out.println(b);
    }

    static List<WordClusters> shippedClusters() throws IOException {
        return WordClusters.ofShippedModel();
    }

    private static void writeErrors(EntityModel model, List<LabelledSentence> test, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (LabelledSentence s : test) {
                Set<Span> gold = new HashSet<>(List.of(EntityModel.spans(s.tags())));
                Set<Span> predicted = new HashSet<>(List.of(EntityModel.spans(model.tag(s.tokens()))));
                List<String> lines = new ArrayList<>();
                for (Span g : gold) {
                    if (!predicted.contains(g)) {
                        lines.add("MISS\t" + g.getType() + "\t" + text(s.tokens(), g));
                    }
                }
                for (Span p : predicted) {
                    if (!gold.contains(p)) {
                        lines.add("FALSE\t" + p.getType() + "\t" + text(s.tokens(), p));
                    }
                }
                if (!lines.isEmpty()) {
                    out.println(String.join(" ", s.tokens()));
                    lines.forEach(out::println);
                    out.println();
                }
            }
        }
    }

    private static String text(String[] tokens, Span span) {
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
    }
}
