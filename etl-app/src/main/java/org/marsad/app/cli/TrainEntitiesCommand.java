package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.jobs.importing.ArticlePipeline;
import org.marsad.core.extract.entity.model.EntityModel;
import org.marsad.core.extract.entity.model.WordClusters;
import org.marsad.core.extract.entity.model.LabelledSentence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-entities", mixinStandardHelpOptions = true,
        description = "Trains the entity model (PERS, LOC, ORG) on CoNLL/BIO data: one 'token TAG' a line, blank lines between sentences.",
        footer = {"", "Example:", "  java -jar etl-app/target/marsad.jar train-entities \\",
                "    --conll ../shared/corpus/anercorp/ANERCorp_CamelLab_train.txt --out models/ner-ar.bin \\",
                "    --newsfane ../shared/corpus/newsfane/NewsFANE_Gold_2014_170K.txt \\",
                "    --unlabelled ../shared/corpus/ant --unlabelled ../shared/corpus/saudinewsnet/articles"})
final class TrainEntitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final SpringContext context;

    TrainEntitiesCommand(SpringContext context) {
        this.context = context;
    }

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Training data in CoNLL/BIO format.")
    private Path conll;

    @Option(names = "--newsfane", paramLabel = "FILE",
            description = "More training data in NewsFANE Gold's format (its classes mapped to PERS/LOC/ORG, clitics rejoined; facilities left out).")
    private Path newsfane;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    private Path out;

    @Mixin
    private WordClusterOptions wordClusters;

    @Option(names = "--iterations", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Override
    public Integer call() throws Exception {
        List<LabelledSentence> sentences = new java.util.ArrayList<>(ConllFiles.read(spec.commandLine(), "--conll", conll));
        if (newsfane != null) {
            sentences.addAll(ConllFiles.read(spec.commandLine(), "--newsfane", newsfane, ConllFiles.Format.newsfane));
        }
        List<WordClusters> clusterings = wordClusters.clusterings(spec.commandLine().getOut(),
                ArticlePipeline.reader(ImportSettings.bind(context.settings())));
        long start = System.nanoTime();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (TrainingProgress progress = TrainingProgress.follow(spec.commandLine().getErr())) {
            EntityModel.train(sentences, iterations, clusterings, progress).save(out);
        }
        spec.commandLine().getOut().printf("Trained on %,d sentences in %.1f s; model written to %s%n", sentences.size(),
                (System.nanoTime() - start) / 1e9, out);
        return 0;
    }
}
