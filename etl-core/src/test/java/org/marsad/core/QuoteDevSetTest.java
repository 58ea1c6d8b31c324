package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.core.extract.quote.Quotation;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Sentences;

/**
 * Quotations in 185 real sentences against the team's hand annotations ({@code facts/quotes-dev.tsv}; the
 * sentences are read from the shared corpus, never copied), each article read as the import reads it (its
 * entities resolve speakers). A quotation is the sentence's when the sentence holds the start of its text.
 * Prints the README's figures: how many of the annotated quotations are found, how many found are real,
 * and how many found have the right speaker (the annotated name, its family name, or none for an unnamed
 * source). {@code -Dmarsad.dev.errors=true} prints the wrong ones.
 */
class QuoteDevSetTest {

    private static int quotations;
    private static int found;
    private static int foundWhereNone;
    private static int rightSpeaker;
    private static final StringBuilder ERRORS = new StringBuilder();

    @BeforeAll
    static void score() throws Exception {
        assumeTrue(SharedCorpus.present(), "shared corpus not found at " + SharedCorpus.DIR + " (set -Dmarsad.corpus.dir)");
        ArticleExtractor extractor = ArticleExtractor.standard();
        for (Map.Entry<String, Map<String, String>> article : readGold().entrySet()) {
            ExtractedArticle a = SharedCorpus.extract(extractor, article.getKey());
            Map<String, String> sentences = new LinkedHashMap<>();
            for (String s : Sentences.of(a.article().body())) {
                sentences.put(DevSetSample.sentenceId(s), s);
            }
            article.getValue().forEach((id, gold) -> {
                String text = sentences.get(id);
                assertThat(text).as("sentence %s of %s (has the cleaning changed?)", id, article.getKey()).isNotNull();
                scoreSentence(article.getKey(), text, gold, a.facts().quotations());
            });
        }
        System.out.printf(Locale.ROOT, "Quotations in 185 real sentences: %d annotated, found %.1f%%, found where there is none %d,"
                + " right speaker %.1f%% of those found (%.1f%% of all)%n", quotations, 100.0 * found / quotations, foundWhereNone,
                100.0 * rightSpeaker / found, 100.0 * rightSpeaker / quotations);
        if (Boolean.getBoolean("marsad.dev.errors")) {
            System.out.print(ERRORS);
        }
    }

    private static void scoreSentence(String locator, String sentence, String gold, List<Quotation> all) {
        if (gold.equals("?")) {
            return;
        }
        String folded = ArabicMatchKey.of(sentence);
        Quotation q = all.stream().filter(c -> folded.contains(start(c.text()))).findFirst().orElse(null);
        if (gold.equals("!")) {
            if (q != null) {
                foundWhereNone++;
                ERRORS.append(locator).append("\n  | ").append(sentence).append("\n  + a quotation of ").append(q.speaker()).append('\n');
            }
            return;
        }
        quotations++;
        if (q == null) {
            ERRORS.append(locator).append("\n  | ").append(sentence).append("\n  - not found (").append(gold).append(")\n");
            return;
        }
        found++;
        if (speakerMatches(gold, q.speaker())) {
            rightSpeaker++;
        } else {
            ERRORS.append(locator).append("\n  | ").append(sentence).append("\n  ~ speaker ").append(q.speaker()).append(", not ")
                    .append(gold).append('\n');
        }
    }

    /** The first words of a quotation's text, folded: what the sentence that holds its start contains. */
    private static String start(String text) {
        String folded = ArabicMatchKey.of(text);
        return folded.substring(0, Math.min(25, folded.length()));
    }

    private static boolean speakerMatches(String gold, String speaker) {
        for (String name : gold.split("\\|")) {
            if (name.equals("-") ? speaker == null : speaker != null && sameName(name, speaker)) {
                return true;
            }
        }
        return false;
    }

    /** The annotated name itself, or a fuller or shorter form ending with the same family name. */
    private static boolean sameName(String gold, String found) {
        String g = ArabicMatchKey.of(gold).strip();
        String f = ArabicMatchKey.of(found).strip();
        return g.equals(f) || g.endsWith(" " + f) || f.endsWith(" " + g);
    }

    @Test
    void quotationsAreFoundWithTheirSpeakers() {
        // the README's figures, rounded down
        assertThat((double) found / quotations).as("found").isGreaterThanOrEqualTo(0.93);
        assertThat((double) rightSpeaker / found).as("right speaker").isGreaterThanOrEqualTo(0.84);
        assertThat(foundWhereNone).as("quotations where there is none").isZero();
    }

    /** Annotations by article, then by sentence id. */
    private static Map<String, Map<String, String>> readGold() throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (InputStream in = QuoteDevSetTest.class.getResourceAsStream("facts/quotes-dev.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.computeIfAbsent(f[0], a -> new LinkedHashMap<>()).put(f[1], f[2]);
                }
            }
        }
        return out;
    }
}
