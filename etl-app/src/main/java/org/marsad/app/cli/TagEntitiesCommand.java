package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.marsad.core.extract.entity.model.ConllFormat;
import org.marsad.core.extract.entity.EntityFinder;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.NameTagger;
import org.marsad.core.extract.entity.model.EntityModel;
import org.marsad.jobs.importing.ArticlePipeline;
import org.marsad.core.extract.entity.model.EntityModelEvaluation;
import org.marsad.core.extract.entity.model.LabelledSentence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tag-entities", mixinStandardHelpOptions = true,
        description = "Tags the tokens of a CoNLL file (first column) with B-PERS/I-PERS/B-LOC/I-LOC/B-ORG/I-ORG/O, one"
                + " 'token<TAB>tag' a line, sentence breaks kept, as the import finds names: the gazetteers, organisation"
                + " phrases and places named by their kind with the model (--model-only: the model alone). With --score, the"
                + " file's own tags are the gold standard and entity-level precision, recall and F1 per type go to standard error.",
        footer = {"", "Example:", "  java -jar etl-app/target/marsad.jar tag-entities --conll test.txt > tagged.txt"})
final class TagEntitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "IN", description = "Tokens to tag, CoNLL format (tags, if any, are ignored).")
    private Path conll;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model written by train-entities (default: the model shipped with Marsad).")
    private Path modelFile;

    @Option(names = "--score", description = "Also score against the file's own tags.")
    private boolean score;

    @Option(names = "--model-only", description = "Tag with the model alone, without the gazetteers and rules the import combines it with.")
    private boolean modelOnly;

    @Override
    public Integer call() throws Exception {
        if (modelFile != null && !Files.isRegularFile(modelFile)) {
            throw new ParameterException(spec.commandLine(), "--model is not a file: " + modelFile);
        }
        java.util.List<LabelledSentence> sentences = ConllFiles.read(spec.commandLine(), "--conll", conll);
        EntityModel model = modelFile == null ? EntityModel.standard() : ArticlePipeline.entityModel(modelFile);
        NameTagger tagger = modelOnly ? model : new EntityFinder(EntityGazetteer.standard(), model);
        PrintWriter out = spec.commandLine().getOut();
        for (LabelledSentence s : sentences) {
            ConllFormat.write(out, s.tokens(), tagger.tag(s.tokens()));
        }
        out.flush();
        if (score) {
            printScores(spec.commandLine().getErr(), EntityModelEvaluation.score(tagger, sentences));
        }
        return 0;
    }

    static void printScores(PrintWriter err, Map<String, EntityModelEvaluation.Score> scores) {
        err.println("| type | precision | recall | F1 | entities |");
        err.println("| --- | --- | --- | --- | --- |");
        scores.forEach((type, s) -> err.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", type, 100 * s.precision(),
                100 * s.recall(), 100 * s.f1(), s.gold()));
        err.flush();
    }
}
