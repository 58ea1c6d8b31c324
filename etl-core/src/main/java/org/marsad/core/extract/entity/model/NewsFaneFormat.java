package org.marsad.core.extract.entity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.core.text.Lexicon;

/**
 * Reads NewsFANE Gold (Alotaibi and Lee, 2014) as the product's labelled sentences: its clitics, split off
 * as tokens of their own ({@code و الصادرات}, {@code ان ه}), are joined back onto their words as real text
 * writes them ({@code والصادرات}, {@code انه}, {@code ل الحكومة} → {@code للحكومة}), and its 50 classes are
 * mapped to PERS, LOC, ORG, FAC or O by {@code newsfane-classes.tsv}. Its orthographic normalisation (hamza
 * on alef dropped) is left as it is: the model's stems and word classes fold those letters anyway.
 */
public final class NewsFaneFormat {

    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك");
    private static final Set<String> ENCLITICS = Set.of("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ي");
    private static final Map<String, String> TYPES = classes();

    private NewsFaneFormat() {
    }

    public static List<LabelledSentence> read(BufferedReader in) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (LabelledSentence raw : ConllFormat.read(in)) {
            sentences.add(joined(raw));
        }
        return sentences;
    }

    /** One sentence with clitics rejoined and classes mapped. */
    static LabelledSentence joined(LabelledSentence raw) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String pending = "";
        for (int i = 0; i < raw.tokens().length; i++) {
            String token = raw.tokens()[i].replace("\u200e", "").replace("\u200f", "").replace("\ufeff", "");
            String tag = mapped(raw.tags()[i]);
            boolean untagged = tag.equals("O");
            if (untagged && PROCLITICS.contains(token) && i + 1 < raw.tokens().length) {
                pending += token;
                continue;
            }
            if (untagged && pending.isEmpty() && ENCLITICS.contains(token) && !tokens.isEmpty()) {
                int last = tokens.size() - 1;
                String host = tokens.get(last);
                tokens.set(last, (host.endsWith("ة") ? host.substring(0, host.length() - 1) + "ت" : host) + token);
                continue;
            }
            tokens.add(attached(pending, token));
            tags.add(tag);
            pending = "";
        }
        if (!pending.isEmpty()) {
            tokens.add(pending);
            tags.add("O");
        }
        return new LabelledSentence(tokens.toArray(String[]::new), tags.toArray(String[]::new));
    }

    /** ل before the article drops the article's alef: ل + الحكومة = للحكومة. */
    private static String attached(String proclitics, String word) {
        if (proclitics.endsWith("ل") && word.startsWith("ال")) {
            return proclitics + word.substring(1);
        }
        return proclitics + word;
    }

    private static String mapped(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = TYPES.get(tag.substring(2));
        return type == null ? "O" : tag.substring(0, 2) + type;
    }

    private static Map<String, String> classes() {
        Map<String, String> types = new HashMap<>();
        for (String[] row : Lexicon.table("newsfane-classes").rows()) {
            types.put(row[0], row[1]);
        }
        return Map.copyOf(types);
    }
}
