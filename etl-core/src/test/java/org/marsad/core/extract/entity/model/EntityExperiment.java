package org.marsad.core.extract.entity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.util.Span;

/**
 * The held-out-style figure of a feature change in two minutes instead of four: trains on ANERcorp with the
 * shipped model's word classes (not learnt again) and scores NewsFANE's sentences unseen in training, as
 * {@code evaluate-entities --test} does; with a second argument, writes every miss and false find there.
 * With {@code -Dmodel=FILE}, scores that model instead of training one. A developer's tool, not a test:
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

    /** Every word-class table the shipped model holds ({@code clusters0}, {@code clusters1}, …), in order. */
    static List<WordClusters> shippedClusters() throws IOException {
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
