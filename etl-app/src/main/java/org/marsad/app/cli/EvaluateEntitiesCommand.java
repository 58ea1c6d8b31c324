package org.marsad.app.cli;

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
        description = "Cross-validates the entity model on CoNLL/BIO data and prints entity-level precision, recall and F1 per type.",
        footer = {"", "Example (the README's figures):",
                "  java -jar etl-app/target/marsad.jar evaluate-entities --conll ../shared/corpus/anercorp/ANERCorp_CamelLab_train.txt \\",
                "    --unlabelled ../shared/corpus/ant --unlabelled ../shared/corpus/saudinewsnet/articles"})
final class EvaluateEntitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final SpringContext context;

    EvaluateEntitiesCommand(SpringContext context) {
        this.context = context;
    }

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Labelled data in CoNLL/BIO format.")
    private Path conll;

    @Option(names = "--folds", defaultValue = "5", description = "Folds (default: ${DEFAULT-VALUE}).")
    private int folds;

    @Mixin
    private WordClusterOptions wordClusters;

    @Option(names = "--iterations", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Override
    public Integer call() throws Exception {
        List<LabelledSentence> sentences = ConllFiles.read(spec.commandLine(), "--conll", conll);
        List<WordClusters> clusterings = wordClusters.clusterings(spec.commandLine().getOut(),
                ArticlePipeline.reader(ImportSettings.bind(context.settings())));
        TagEntitiesCommand.printScores(spec.commandLine().getOut(), EntityModelEvaluation.crossValidate(sentences, folds, iterations, clusterings));
        return 0;
    }
}
