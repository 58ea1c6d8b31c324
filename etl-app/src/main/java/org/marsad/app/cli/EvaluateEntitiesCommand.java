package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.jobs.importing.ArticlePipeline;
import org.marsad.core.extract.entity.model.EntityModelEvaluation;
import org.marsad.core.extract.entity.model.LabelledSentence;
import org.marsad.core.extract.entity.model.WordClusters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate-entities", mixinStandardHelpOptions = true,
        description = "Measures the entity model on text it was not trained on and prints entity-level precision, recall and F1 per type:"
                + " cross-validation over contiguous blocks of sentences (never sentence by sentence: neighbours share an article's names),"
                + " or, with --test, trained on all of --conll and scored on a second corpus without the sentences whose text it was trained on.",
        footer = {"", "Examples (the README's figures):",
                "  java -jar etl-app/target/marsad.jar evaluate-entities --conll ../shared/corpus/anercorp/ANERCorp_CamelLab_train.txt",
                "  java -jar etl-app/target/marsad.jar evaluate-entities --conll ../shared/corpus/anercorp/ANERCorp_CamelLab_train.txt \\",
                "    --test ../shared/corpus/newsfane/NewsFANE_Gold_2014_170K.txt --test-format newsfane"})
final class EvaluateEntitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final SpringContext context;

    EvaluateEntitiesCommand(SpringContext context) {
        this.context = context;
    }

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Labelled data in CoNLL/BIO format.")
    private Path conll;

    @Option(names = "--format", defaultValue = "conll", description = "How --conll is written: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ConllFiles.Format format;

    @Option(names = "--folds", defaultValue = "5", description = "Contiguous blocks to cross-validate over (default: ${DEFAULT-VALUE}).")
    private int folds;

    @Option(names = "--test", paramLabel = "FILE", description = "A second labelled corpus to score on instead of cross-validating.")
    private Path test;

    @Option(names = "--test-format", defaultValue = "conll", description = "How --test is written: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ConllFiles.Format testFormat;

    @Mixin
    private WordClusterOptions wordClusters;

    @Option(names = "--iterations", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Override
    public Integer call() throws Exception {
        List<LabelledSentence> sentences = ConllFiles.read(spec.commandLine(), "--conll", conll, format);
        List<LabelledSentence> testSentences = test == null ? null : ConllFiles.read(spec.commandLine(), "--test", test, testFormat);
        PrintWriter out = spec.commandLine().getOut();
        List<WordClusters> clusterings = wordClusters.clusterings(out, ArticlePipeline.reader(ImportSettings.bind(context.settings())));
        if (testSentences == null) {
            out.printf("%d-fold cross-validation over contiguous blocks of %,d sentences%n", folds, sentences.size());
            TagEntitiesCommand.printScores(out, EntityModelEvaluation.crossValidate(sentences, folds, iterations, clusterings));
            return 0;
        }
        EntityModelEvaluation.HeldOut heldOut = EntityModelEvaluation.heldOut(sentences, testSentences, iterations, clusterings);
        out.printf("Trained on %,d sentences; scored on %,d test sentences (%,d left out: their text is in the training data)%n",
                sentences.size(), heldOut.tested(), heldOut.leftOut());
        TagEntitiesCommand.printScores(out, heldOut.scores());
        return 0;
    }
}
