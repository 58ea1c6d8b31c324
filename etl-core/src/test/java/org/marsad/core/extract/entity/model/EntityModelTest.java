package org.marsad.core.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainable model learns from CoNLL data, tags, survives saving, and is scored per entity. */
class EntityModelTest {

    private static final String[] PEOPLE = {"أحمد كريم", "سارة علي", "يونس عبد الله", "ليلى حسن", "عمر فاروق", "هدى سالم"};
    private static final String[] PLACES = {"بغداد", "البصرة", "أربيل", "الموصل", "كركوك", "النجف"};
    private static final String[] ORGS = {"وزارة الصحة", "جامعة بغداد", "شركة نفط الجنوب", "مجلس المحافظة", "نقابة المعلمين", "هيئة النزاهة"};

    @TempDir
    Path dir;

    @Test
    void learnsFromConllAndTagsUnseenSentences() throws Exception {
        EntityModel model = EntityModel.train(training(), 60);
        Path file = dir.resolve("ner.bin");
        model.save(file);
        EntityModel loaded = EntityModel.load(file);

        String[] tokens = "وقال سارة علي في أربيل إن وزارة الصحة ستفتتح مستشفى".split(" ");
        assertThat(loaded.tag(tokens)).containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O");
    }

    @Test
    void scoresAtTheEntityLevel() throws Exception {
        EntityModel model = EntityModel.train(training(), 60);
        List<LabelledSentence> test = ConllFormat.read(new BufferedReader(new StringReader(
                "وصل\tO\nأحمد\tB-PERS\nكريم\tI-PERS\nإلى\tO\nالنجف\tB-LOC\n\nوأعلنت\tO\nهيئة\tB-ORG\nالنزاهة\tI-ORG\nالخبر\tO\n")));
        EntityModelEvaluation.Score micro = EntityModelEvaluation.score(model, test).get("MICRO");
        assertThat(micro.gold()).isEqualTo(3);
        assertThat(micro.f1()).isEqualTo(1.0);
    }

    @Test
    void aPlaceTheGazetteersKnowIsTaggedWhereTheModelSawNothing() {
        String[] tokens = {"وصل", "إلى", "بوركينا", "فاسو", "وفد", "برنامج", "الأغذية", "العالمي", "وهيئة", "النزاهة", "جنوب", "السودان", "أمس"};
        String[] model = {"O", "O", "O", "O", "O", "O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "O"};
        assertThat(EntityModel.withKnownNames(tokens, model)).containsExactly("O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O",
                "B-PERS", "I-PERS", "B-LOC", "I-LOC", "O");
    }

    @Test
    void readsAndWritesConll() throws Exception {
        List<LabelledSentence> read = ConllFormat.read(new BufferedReader(new StringReader("بغداد B-LOC\nتستضيف O\n\nالمؤتمر\n")));
        assertThat(read).hasSize(2);
        assertThat(read.get(1).tags()).containsExactly("O");
        StringWriter out = new StringWriter();
        ConllFormat.write(out, read.get(0).tokens(), read.get(0).tags());
        assertThat(out.toString()).isEqualTo("بغداد\tB-LOC\nتستضيف\tO\n\n");
    }

    @Test
    void aModelWithOtherFeaturesIsScoredFromItsFeatureStringsAsOpenNlpTagsWithIt() throws Exception {
        // OpenNLP's own default features, not train-entities': the tagger cannot keep rows per word for them
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 1);
        List<NameSample> samples = new ArrayList<>();
        for (LabelledSentence s : training()) {
            samples.add(new NameSample(s.tokens(), EntityModel.spans(s.tags()), true));
        }
        TokenNameFinderModel stock = NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), parameters,
                new TokenNameFinderFactory(null, java.util.Map.of(), new BioCodec()));
        Path file = dir.resolve("stock.bin");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            stock.serialize(out);
        }
        EntityModel loaded = EntityModel.load(file);
        assertThat(loaded.scoresWordByWord()).isFalse();

        NameFinderME finder = new NameFinderME(stock);
        for (String sentence : List.of("وقال سارة علي في أربيل إن وزارة الصحة ستفتتح مستشفى", "أعلنت هيئة النزاهة في النجف أن عمر فاروق سيتولى المنصب",
                "وصل يونس عبد الله إلى كركوك لزيارة نقابة المعلمين")) {
            String[] tokens = sentence.split(" ");
            String[] expected = new String[tokens.length];
            java.util.Arrays.fill(expected, "O");
            for (Span span : finder.find(tokens)) {
                for (int i = span.getStart(); i < span.getEnd(); i++) {
                    expected[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
                }
            }
            finder.clearAdaptiveData();
            assertThat(expected).as("OpenNLP's names in %s", sentence).contains("B-PERS");
            assertThat(loaded.tag(tokens)).as(sentence).containsExactly(EntityModel.withKnownNames(tokens, expected));
        }
    }

    @Test
    void miscAndStrayTagsAreNotEntitiesOfTheKeptTypes() {
        assertThat(EntityModel.spans(new String[] {"B-MISC", "I-MISC", "I-LOC", "O", "B-PERS", "I-PERS"}))
                .extracting(s -> s.getType() + s.getStart() + "-" + s.getEnd()).containsExactly("LOC2-3", "PERS4-6");
    }

    /** Invented sentences in a few patterns, every person, place and organisation in each. */
    static List<LabelledSentence> training() throws Exception {
        StringBuilder conll = new StringBuilder();
        for (int i = 0; i < PEOPLE.length; i++) {
            for (int j = 0; j < PLACES.length; j++) {
                String person = PEOPLE[i];
                String place = PLACES[(i + j) % PLACES.length];
                String org = ORGS[(i + 2 * j) % ORGS.length];
                sentence(conll, "وقال", "", person, "PERS", "في", "", place, "LOC", "إن", "", org, "ORG", "ستفتتح", "", "مستشفى", "");
                sentence(conll, "وصل", "", person, "PERS", "إلى", "", place, "LOC", "لزيارة", "", org, "ORG");
                sentence(conll, "أعلنت", "", org, "ORG", "في", "", place, "LOC", "أن", "", person, "PERS", "سيتولى", "", "المنصب", "");
            }
        }
        return ConllFormat.read(new BufferedReader(new StringReader(conll.toString())));
    }

    private static void sentence(StringBuilder conll, String... wordsAndTypes) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < wordsAndTypes.length; i += 2) {
            String[] words = wordsAndTypes[i].split(" ");
            String type = wordsAndTypes[i + 1];
            for (int w = 0; w < words.length; w++) {
                lines.add(words[w] + "\t" + (type.isEmpty() ? "O" : (w == 0 ? "B-" : "I-") + type));
            }
        }
        conll.append(String.join("\n", lines)).append("\n\n");
    }
}
