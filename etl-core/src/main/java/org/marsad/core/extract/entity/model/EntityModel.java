package org.marsad.core.extract.entity.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.WordClusterDictionary;

import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.entity.NameTagger;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The trainable entity model: Apache OpenNLP's name finder (averaged perceptron) over Arabic features
 * ({@code arabic-ner-features.xml}), trained on CoNLL/BIO data, tagging PERS, LOC and ORG (other types
 * in the training data, such as MISC, are left out). A loaded model tags from any number of threads.
 */
public final class EntityModel implements NameTagger {

    static final Set<String> TYPES = Set.of("PERS", "LOC", "ORG");
    /** The beam of the shipped model's decoding: each token decided once. */
    private static final int GREEDY = 1;

    static {
        // OpenNLP instantiates feature generators named in a model only from packages allowed here
        ExtensionLoader.registerAllowedPackage(EntityModel.class.getPackageName());
    }

    private final TokenNameFinderModel model;
    private final FeatureWeights weights;
    /** Scores from rows kept per word, for models with the features {@link #train} writes; null for others. */
    private final WordRowScorer wordRows;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    /** Feature generators cache a sentence's features: one set per thread. */
    private final ThreadLocal<NameContextGenerator> contexts;

    private EntityModel(TokenNameFinderModel model) throws InvalidFormatException {
        this.model = model;
        if (!(model.getArtifact(MAXENT_MODEL) instanceof AbstractModel trained)) {
            throw new InvalidFormatException("the name finder holds no maximum-entropy or perceptron model");
        }
        this.weights = FeatureWeights.of(trained);
        List<WordClusterDictionary> clusterings;
        try {
            clusterings = trainedClusterings(model);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.wordRows = clusterings == null ? null : new WordRowScorer(weights, clusterings);
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = ThreadLocal.withInitial(() -> model.getFactory().createContextGenerator());
    }

    /** Where {@code TokenNameFinderModel} keeps the classifier of its tokens. */
    private static final String MAXENT_MODEL = "nameFinder.model";

    public static EntityModel train(List<LabelledSentence> sentences, int iterations) throws IOException {
        return train(sentences, iterations, List.of());
    }

    /**
     * @param clusterings word classes learnt from unlabelled text, coarse to fine, stored in the model as resources
     *                    {@code clusters0}, {@code clusters1}, … (their features carry the same names)
     */
    public static EntityModel train(List<LabelledSentence> sentences, int iterations, List<WordClusters> clusterings) throws IOException {
        return train(sentences, iterations, clusterings, TrainingListener.NONE);
    }

    /**
     * As {@link #train(List, int, List)}, telling {@code listener} of each iteration as it ends. This is
     * {@code NameFinderME.train} for an event trainer, which takes no monitor of its own.
     */
    public static EntityModel train(List<LabelledSentence> sentences, int iterations, List<WordClusters> clusterings,
            TrainingListener listener) throws IOException {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (LabelledSentence s : sentences) {
            samples.add(new NameSample(s.tokens(), spans(s.tags()), true));
        }
        // The averaged perceptron with every feature kept: on ANERcorp (5-fold) micro F1 79.1 against 68.3
        // for maximum entropy with cutoff 1 on the same features (80.8 with character n-grams added).
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        // each token decided once, greedily: the import 1.4x faster than with OpenNLP's beam of 3 (bench, 10,000
        // articles), held-out micro F1 69.3 against 70.2 (ANERcorp -> NewsFANE unseen)
        parameters.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, GREEDY);
        byte[] features = descriptor(clusterings.size());
        Map<String, Object> resources = new java.util.HashMap<>();
        for (int i = 0; i < clusterings.size(); i++) {
            resources.put(CLUSTERS + i, clusterings.get(i).toDictionary());
        }
        BioCodec codec = new BioCodec();
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources, codec);
        Map<String, String> manifest = new java.util.HashMap<>();
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, manifest,
                new TrainingConfiguration(new IterationMonitor(listener, iterations), null));
        MaxentModel trained = trainer.train(new NameFinderEventStream(ObjectStreamUtils.createObjectStream(samples), null,
                factory.createContextGenerator(), factory.createSequenceCodec()));
        return new EntityModel(new TokenNameFinderModel("ar", trained, GREEDY, features, resources, manifest, codec, factory));
    }

    /** {@code arabic-ner-features.xml} with a word-cluster generator for each clustering, named clusters0, clusters1, … */
    static byte[] descriptor(int clusterings) throws IOException {
        byte[] features;
        try (InputStream in = EntityModel.class.getResourceAsStream("arabic-ner-features.xml")) {
            features = in.readAllBytes();
        }
        StringBuilder generators = new StringBuilder();
        for (int i = 0; i < clusterings; i++) {
            generators.append("  <generator class=\"").append(WordClusterFeatureGeneratorFactory.class.getName())
                    .append("\">\n    <str name=\"dict\">" + CLUSTERS).append(i).append("</str>\n  </generator>\n");
        }
        return new String(features, StandardCharsets.UTF_8).replace("</featureGenerators>", generators + "</featureGenerators>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String CLUSTERS = "clusters";

    /**
     * Whether a model's features are those {@link #train} writes (comments and spacing aside), which
     * {@link WordRowScorer} computes word by word; its word clusterings then, else null.
     */
    private static List<WordClusterDictionary> trainedClusterings(TokenNameFinderModel model) throws IOException {
        List<WordClusterDictionary> clusterings = new ArrayList<>();
        while (model.getArtifact(CLUSTERS + clusterings.size()) instanceof WordClusterDictionary clusters) {
            clusterings.add(clusters);
        }
        Object written = model.getArtifact(FEATURE_DESCRIPTOR);
        boolean same = written instanceof byte[] bytes
                && markup(bytes).equals(markup(descriptor(clusterings.size())));
        return same ? clusterings : null;
    }

    private static String markup(byte[] descriptor) {
        return new String(descriptor, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
    }

    /** Where {@code TokenNameFinderModel} keeps the feature descriptor it was trained with. */
    private static final String FEATURE_DESCRIPTOR = "generator.featuregen";

    /**
     * The model shipped with the product ({@code ner-ar.bin} beside this class; how it is built and what it
     * scores: README, "Entity model"), loaded once per process.
     */
    public static EntityModel standard() {
        return Shipped.MODEL;
    }

    private static final class Shipped {

        static final EntityModel MODEL = loadShipped();

        private static EntityModel loadShipped() {
            try (InputStream in = EntityModel.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped entity model " + SHIPPED + " is not on the class path");
                }
                return new EntityModel(new TokenNameFinderModel(in));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the shipped entity model " + SHIPPED + " could not be read", e);
            }
        }
    }

    private static final String SHIPPED = "ner-ar.bin";

    public static EntityModel load(Path file) throws IOException {
        return new EntityModel(new TokenNameFinderModel(file));
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /**
     * BIO tags for the tokens of one sentence: {@code B-PERS}, {@code I-PERS}, … or {@code O}. Where the model
     * saw nothing, a place the team's gazetteers know is tagged as one.
     */
    @Override
    public String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        java.util.Arrays.fill(tags, "O");
        for (Span span : codec.decode(List.of(outcomes(tokens)))) {
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                tags[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
            }
        }
        return withKnownNames(tokens, tags);
    }

    /**
     * The model's outcome for each token in turn, the best one the outcomes before it allow: what OpenNLP's
     * {@code NameFinderME} decides with the beam of one the model is trained for, the names of one sentence
     * never carried into the next (its adaptive data, which the tagger used to clear after every sentence).
     */
    private String[] outcomes(String[] tokens) {
        NameContextGenerator context = wordRows == null ? contexts.get() : null;
        String[] outcomes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String[] before = java.util.Arrays.copyOf(outcomes, i);
            double[] scores = wordRows != null ? wordRows.scores(tokens, i, before)
                    : weights.scores(context.getContext(i, tokens, before, NO_ADDITIONAL_CONTEXT));
            int best = -1;
            for (int o = 0; o < scores.length; o++) {
                if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, tokens, before, weights.outcome(o))) {
                    best = o;
                }
            }
            outcomes[i] = weights.outcome(best);
        }
        return outcomes;
    }

    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    /** Whether tokens are scored from rows kept per word ({@link WordRowScorer}) rather than from feature strings. */
    boolean scoresWordByWord() {
        return wordRows != null;
    }

    /** What the model sees at one token: the names of the features its generators give. */
    List<String> features(String[] tokens, int index) {
        String[] outcomes = new String[tokens.length];
        java.util.Arrays.fill(outcomes, "other");
        return List.of(model.getFactory().createContextGenerator().getContext(index, tokens, outcomes, null));
    }

    /** The model's tags with the gazetteers' places where it saw nothing (5-fold LOC F1 87.9 → 88.2). */
    static String[] withKnownNames(String[] tokens, String[] tags) {
        for (EntityGazetteer.TokenSpan known : GAZETTEER.spans(tokens)) {
            if (known.type() != EntityType.LOCATION) {
                continue; // organisations filled in too cost ANERcorp's ORG more precision than they gave recall (F1 72.9 → 71.3)
            }
            String type = "LOC";
            // only where the model saw nothing: extending its partial spans to the gazetteer's cost LOC precision (F1 86.3)
            boolean free = java.util.stream.IntStream.range(known.start(), known.end()).allMatch(i -> tags[i].equals("O"));
            if (free) {
                for (int i = known.start(); i < known.end(); i++) {
                    tags[i] = (i == known.start() ? "B-" : "I-") + type;
                }
            }
        }
        return tags;
    }

    private static final EntityGazetteer GAZETTEER = EntityGazetteer.standard();

    /** BIO tags as spans of the kept types; a stray I- tag starts a span. */
    static Span[] spans(String[] tags) {
        return spans(tags, TYPES);
    }

    /** BIO tags as spans of the given types. */
    static Span[] spans(String[] tags, Set<String> types) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            String t = tag.length() > 2 ? tag.substring(2) : null;
            boolean continues = tag.startsWith("I-") && t.equals(type);
            if (start >= 0 && !continues) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (t != null && types.contains(t) && !continues) {
                start = i;
                type = t;
            }
        }
        return spans.toArray(Span[]::new);
    }
}
