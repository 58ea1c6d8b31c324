package org.marsad.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.marsad.core.extract.entity.model.ConllFormat;
import org.marsad.core.extract.entity.model.LabelledSentence;
import org.marsad.core.extract.entity.model.NewsFaneFormat;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The labelled file an entity command was given, read in its format, or a usage error naming the option. */
final class ConllFiles {

    /** How a labelled file is written: CoNLL/BIO with the product's types, or NewsFANE Gold's classes and split clitics. */
    enum Format {
        conll, newsfane
    }

    private ConllFiles() {
    }

    static List<LabelledSentence> read(CommandLine command, String option, Path file) throws IOException {
        return read(command, option, file, Format.conll);
    }

    static List<LabelledSentence> read(CommandLine command, String option, Path file, Format format) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(command, option + " is not a file: " + file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format == Format.newsfane ? NewsFaneFormat.read(in) : ConllFormat.read(in);
        }
    }
}
