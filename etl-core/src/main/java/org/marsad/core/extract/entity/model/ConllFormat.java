package org.marsad.core.extract.entity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CoNLL-style BIO files: a token and its tag a line (the token first, the tag last,
 * separated by spaces or a tab), a blank line between sentences. Untagged input (the token alone) reads
 * with tag {@code O}.
 */
public final class ConllFormat {

    private ConllFormat() {
    }

    public static List<LabelledSentence> read(BufferedReader in) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String l = line.strip();
            if (l.isEmpty()) {
                flush(sentences, tokens, tags);
                continue;
            }
            String[] fields = l.split("\\s+");
            tokens.add(fields[0]);
            tags.add(fields.length > 1 ? fields[fields.length - 1] : "O");
        }
        flush(sentences, tokens, tags);
        return sentences;
    }

    /** Writes {@code token TAB tag} lines with a blank line after each sentence. */
    public static void write(Writer out, String[] tokens, String[] tags) throws IOException {
        for (int i = 0; i < tokens.length; i++) {
            out.write(tokens[i] + "\t" + tags[i] + "\n");
        }
        out.write("\n");
    }

    private static void flush(List<LabelledSentence> sentences, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) {
            sentences.add(new LabelledSentence(tokens.toArray(String[]::new), tags.toArray(String[]::new)));
            tokens.clear();
            tags.clear();
        }
    }
}
