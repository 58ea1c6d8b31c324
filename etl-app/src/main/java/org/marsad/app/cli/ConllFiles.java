package org.marsad.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.marsad.core.extract.entity.model.ConllFormat;
import org.marsad.core.extract.entity.model.LabelledSentence;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The CoNLL file an entity command was given, read, or a usage error naming the option. */
final class ConllFiles {

    private ConllFiles() {
    }

    static List<LabelledSentence> read(CommandLine command, String option, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(command, option + " is not a file: " + file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConllFormat.read(in);
        }
    }
}
