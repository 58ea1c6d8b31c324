package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.core.clean.BoilerplateFilter;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.extract.article.ArticleFieldsExtractor;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quantity.QuantityExtractor;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.core.text.Sentences;

/**
 * Counts in 556 real sentences against the team's hand annotations ({@code facts/counts-dev.tsv}; the
 * sentences are read from the shared corpus, never copied), and in 71 drawn after the rules were written
 * ({@code facts/counts-check.tsv}), 76 ({@code counts-check2.tsv}), 48 ({@code counts-check3.tsv}) and 48 ({@code counts-check4.tsv}) drawn later; the
 * last, held out, measures them. A count is right when its category and amount
 * equal an annotation's, and for money its currency too; each annotation counts once. Prints the README's
 * table (precision and recall per category, and how often a right count's approximate flag and kind agree)
 * and holds the extraction to it. {@code -Dmarsad.dev.errors=true} prints what was missed and what was wrong.
 */
class CountDevSetTest {

    private static final Pattern COUNT = Pattern.compile(
            "(\\?)?([A-Z]+):([0-9.]+)(?:-([0-9.]+))?(~)?(?::([^@]+))?(?:@([A-Z_]+))?");

    record Gold(boolean optional, String category, BigDecimal amount, BigDecimal high, boolean approximate, String unit,
            String kind) {

        boolean matches(Quantity q) {
            return q.category().name().equals(category) && q.amount().compareTo(amount) == 0
                    && (!category.equals("MONEY") || Objects.equals(unit, q.unit()));
        }
    }

    record Tally(int tp, int predicted, int gold, int approximateAgrees, int kindAgrees) {

        Tally plus(Tally o) {
            return new Tally(tp + o.tp, predicted + o.predicted, gold + o.gold, approximateAgrees + o.approximateAgrees,
                    kindAgrees + o.kindAgrees);
        }

        double precision() {
            return predicted == 0 ? 1 : (double) tp / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) tp / gold;
        }
    }

    private static final Map<String, Tally> TALLY = new TreeMap<>();
    /** The five categories the issue's held-out target names; FIVE in the tables is their sum. */
    private static final List<String> JUDGED = List.of("KILLED", "WOUNDED", "ARRESTED", "AIRSTRIKES", "MONEY");
    private static final StringBuilder ERRORS = new StringBuilder();
    /** The check set's figures: sentences drawn after the rules were written. */
    private static Map<String, Tally> check;
    /** The second check set's: drawn after the rules were tuned on the first; its misses are never printed. */
    private static Map<String, Tally> secondCheck;
    private static Map<String, Tally> thirdCheck;
    private static Map<String, Tally> fourthCheck;
    private static Map<String, Tally> fifthCheck;
    private static Map<String, Tally> sixthCheck;
    private static Map<String, Tally> seventhCheck;
    private static Map<String, Tally> eighthCheck;
    private static Map<String, Tally> ninthCheck;
    private static Map<String, Tally> tenthCheck;
    private static Map<String, Tally> eleventhCheck;

    @BeforeAll
    static void score() throws Exception {
        assumeTrue(SharedCorpus.present(), "shared corpus not found at " + SharedCorpus.DIR + " (set -Dmarsad.corpus.dir)");
        Map<String, Tally> dev = tallied("facts/counts-dev.tsv", "Counts in 556 real sentences (the dev set)", false);
        check = tallied("facts/counts-check.tsv", "Counts in 71 real sentences drawn after the rules (the check set)", false);
        secondCheck = tallied("facts/counts-check2.tsv",
                "Counts in 76 real sentences drawn after the rules were tuned on the first check (the second check set)", false);
        thirdCheck = tallied("facts/counts-check3.tsv",
                "Counts in 48 real sentences drawn after the rules were tuned on the second check (the third check set)", false);
        fourthCheck = tallied("facts/counts-check4.tsv",
                "Counts in 48 real sentences drawn after the rules were tuned on the third check (the fourth check set)", true);
        fifthCheck = tallied("facts/counts-check5.tsv",
                "Counts in 48 real sentences drawn after the rules were tuned on the third check (the fifth check set, session 12)", false);
        sixthCheck = tallied("facts/counts-check6.tsv",
                "Counts in 48 real sentences drawn after the rules were tuned on the fifth check (the sixth check set, read in session 13)", false);
        seventhCheck = tallied("facts/counts-check7.tsv",
                "Counts in 68 real sentences drawn before session 13's rules (the seventh check set, held out)", true);
        eighthCheck = tallied("facts/counts-check8.tsv",
                "Counts in 68 real sentences of event counts drawn before session 15's rules (the eighth check set, held out)", true);
        ninthCheck = tallied("facts/counts-check10.tsv",
                "Counts in 42 real sentences drawn before session 16 read a count (the ninth check set, read in session 17)", false);
        tenthCheck = tallied("facts/counts-check11.tsv",
                "Counts in 50 real sentences drawn before session 17's rules (the tenth check set, read in session 17)", false);
        eleventhCheck = tallied("facts/counts-check12.tsv",
                "Counts in 50 real sentences drawn after session 17's count rules (the eleventh check set, held out)", true);
        TALLY.putAll(dev);
        if (Boolean.getBoolean("marsad.dev.errors")) {
            System.out.print(ERRORS);
        }
    }

    /**
     * One set's tallies; a held-out set's misses are left out of what {@code -Dmarsad.dev.errors} prints, lest a rule
     * be written for them.
     */
    private static Map<String, Tally> tallied(String resource, String title, boolean heldOut) throws Exception {
        int errorsBefore = ERRORS.length();
        score(resource, title);
        if (heldOut) {
            ERRORS.setLength(errorsBefore);
        }
        Map<String, Tally> tally = new TreeMap<>(TALLY);
        TALLY.clear();
        return tally;
    }

    private static void score(String resource, String title) throws Exception {
        // the clean body is what counts are read from; the entity model plays no part in them
        ArticleFactsExtractor facts = new ArticleFactsExtractor(EntityGazetteer.standard(), null);
        ArticleExtractor extractor = new ArticleExtractor(new ArticleFileReader(CompositeCharsetDetector.standard()),
                new TextNormalizer(), BoilerplateFilter.standard(), ArticleFieldsExtractor.standard(), facts);
        QuantityExtractor quantities = new QuantityExtractor();
        for (Map.Entry<String, Map<String, List<Gold>>> article : readGold(resource).entrySet()) {
            ExtractedArticle a = SharedCorpus.extract(extractor, article.getKey());
            List<Quantity> each = quantities.extractEach(a.article().body(), facts.countingContext(a.article()));
            Map<String, String> sentences = new LinkedHashMap<>();
            for (String s : Sentences.of(a.article().body())) {
                sentences.put(DevSetSample.sentenceId(s), s);
            }
            for (Map.Entry<String, List<Gold>> sentence : article.getValue().entrySet()) {
                String text = sentences.get(sentence.getKey());
                assertThat(text).as("sentence %s of %s (has the cleaning changed?)", sentence.getKey(), article.getKey()).isNotNull();
                scoreSentence(article.getKey(), text, sentence.getValue(), each.stream().filter(q -> q.sentence().equals(text)).toList());
            }
        }
        TALLY.put("FIVE", JUDGED.stream().map(TALLY::get).filter(Objects::nonNull).reduce(new Tally(0, 0, 0, 0, 0), Tally::plus));
        TALLY.put("ALL", TALLY.entrySet().stream().filter(e -> !e.getKey().equals("FIVE")).map(Map.Entry::getValue)
                .reduce(new Tally(0, 0, 0, 0, 0), Tally::plus));
        System.out.println(title + " (precision / recall, gold counts; of the right ones: approximate, kind agree):");
        TALLY.forEach((category, t) -> System.out.printf(Locale.ROOT, "  %-10s %5.1f %5.1f %4d   %5.1f %5.1f%n", category,
                100 * t.precision(), 100 * t.recall(), t.gold(), t.tp() == 0 ? 0 : 100.0 * t.approximateAgrees() / t.tp(),
                t.tp() == 0 ? 0 : 100.0 * t.kindAgrees() / t.tp()));
    }

    private static void scoreSentence(String locator, String text, List<Gold> gold, List<Quantity> found) {
        List<Gold> unmatched = new ArrayList<>(gold);
        StringBuilder errors = new StringBuilder();
        for (Quantity q : found) {
            if (q.category().name().equals("OTHER")) {
                continue;
            }
            Gold hit = unmatched.stream().filter(g -> g.matches(q)).findFirst().orElse(null);
            if (hit == null) {
                errors.append("  + ").append(describe(q)).append('\n');
                add(q.category().name(), new Tally(0, 1, 0, 0, 0));
                continue;
            }
            unmatched.remove(hit);
            if (!hit.optional()) {
                boolean kindAgrees = hit.kind().equals(kindOf(q));
                if (!kindAgrees) {
                    errors.append("  ~ ").append(describe(q)).append(" kind ").append(kindOf(q)).append(", gold ").append(hit.kind()).append('\n');
                }
                add(hit.category(), new Tally(1, 1, 0, hit.approximate() == q.approximate() ? 1 : 0, kindAgrees ? 1 : 0));
            }
        }
        for (Gold g : gold) {
            if (!g.optional()) {
                add(g.category(), new Tally(0, 0, 1, 0, 0));
                if (unmatched.contains(g)) {
                    errors.append("  - ").append(g.category()).append(' ').append(g.amount().toPlainString())
                            .append(g.unit() == null ? "" : " " + g.unit()).append('\n');
                }
            }
        }
        if (!errors.isEmpty()) {
            ERRORS.append(locator).append('\n').append("  | ").append(text).append('\n').append(errors);
        }
    }

    private static String kindOf(Quantity q) {
        return q.kind().name();
    }

    private static String describe(Quantity q) {
        return q.category() + " " + q.amount().stripTrailingZeros().toPlainString() + (q.unit() == null ? "" : " " + q.unit())
                + (q.approximate() ? " ~" : "");
    }

    private static void add(String category, Tally t) {
        TALLY.merge(category, t, Tally::plus);
    }

    /** Precision and recall each category holds (the README's table, rounded down). */
    private static final Map<String, double[]> FLOORS = Map.of(
            "KILLED", new double[] {0.99, 0.98},
            "WOUNDED", new double[] {0.97, 0.99},
            "ARRESTED", new double[] {0.99, 0.99},
            "AIRSTRIKES", new double[] {0.99, 0.99},
            "MONEY", new double[] {0.99, 0.99},
            "PEOPLE", new double[] {0.95, 0.95});

    @Test
    void countsOfTheFiveCategoriesAnalystsChartHoldTheirFloor() {
        FLOORS.forEach((category, floor) -> {
            Tally t = TALLY.get(category);
            assertThat(t.precision()).as("%s precision", category).isGreaterThanOrEqualTo(floor[0]);
            assertThat(t.recall()).as("%s recall", category).isGreaterThanOrEqualTo(floor[1]);
        });
    }

    /**
     * The first check set's misses have since been read and four general rules written from them (the nearer
     * of two verbs, pre-trial detention, displaced people and victims, Monday) and more in session 10: it is a
     * dev set now. Its floor guards the README's figure (97.5 / 97.5).
     */
    @Test
    void countsOfSentencesDrawnAfterTheRulesHoldTheirFloor() {
        holds(check, "first check set", 41, 0.99, 0.97);
    }

    /**
     * The second check set was held out (P 86.2 / R 69.4) until its misses were read in session 10 and seven
     * general rules written from them (hedges of several words, a counted noun further back, companions, the
     * displaced, deaths counted as cases, a definite numeral, payments): a dev set now, its floor guarding the
     * README's figure.
     */
    @Test
    void countsOfTheSecondCheckSetHoldTheirFloor() {
        holds(secondCheck, "second check set", 30, 0.99, 0.91);
    }

    /**
     * The third check set was held out (P 80.0 / R 82.8) until its misses were read in session 11 (drowning as
     * death, ذهب ضحيتها, a subset after بينهم, a dual that is a plural's adjective): a dev set now.
     */
    @Test
    void countsOfTheThirdCheckSetHoldTheirFloor() {
        holds(thirdCheck, "third check set", 25, 0.96, 0.93);
    }

    /** The fourth check set is read only to measure (its misses are never printed): the honest figure, guarded. */
    @Test
    void countsOfSentencesHeldOutFromEveryRuleHoldTheirFloor() {
        holds(fourthCheck, "fourth check set", 15, FOURTH_PRECISION, FOURTH_RECALL);
    }

    /**
     * The fifth check set, drawn and annotated in session 12 before any count rule of that session, was held out at
     * P 78.6 / R 68.8 on 16 counts until its misses were read (أودت بحياة, a participle after the counted people:
     * مصابين بجروح, patients and leaders as people): a dev set now.
     */
    @Test
    void countsOfTheFifthCheckSetHoldTheirFloor() {
        holds(fifthCheck, "fifth check set", 16, 0.99, 0.99);
    }

    /**
     * The sixth check set, drawn and annotated after session 12's count rules, was held out at P 76.9 / R 71.4 on 14
     * counts until session 13 read its misses (a count after برصاص did it, متشددين and دبلوماسيين are people, عملية
     * بتر is surgery): a dev set now.
     */
    @Test
    void countsOfTheSixthCheckSetHoldTheirFloor() {
        holds(sixthCheck, "sixth check set", 14, 0.92, 0.92);
    }

    /**
     * The seventh check set, drawn and annotated in session 13 before any of its count rules, read only to measure
     * (P 89.4 / R 89.4 on 47 counts before them): the honest figure, guarded.
     */
    @Test
    void countsOfTheSeventhCheckSetHeldOutFromEveryRuleHoldTheirFloor() {
        holds(seventhCheck, "seventh check set", 47, 0.93, 0.93);
    }

    /**
     * The eighth check set, the sentences of the events draw of session 15 (a number beside a word of an event
     * category), annotated before that session's rules and never read: the five judged categories P 100 / R 97.8 of 90
     * counts; all 96.7 / 97.8 (three false PEOPLE).
     */
    @Test
    void countsOfTheEighthCheckSetHeldOutFromEveryRuleHoldTheirFloor() {
        holds(eighthCheck, "eighth check set", 90, 0.96, 0.97);
        assertThat(eighthCheck.get("FIVE").precision()).as("the five judged categories' precision").isGreaterThanOrEqualTo(0.99);
    }

    /**
     * The ninth check set was held out at P 85.2 / R 76.7 (money 23 of its 30 counts) until session 17 read its misses
     * (the country of a bare dinar in a market round-up, a sum whose currency was named before it): a dev set now.
     */
    @Test
    void countsOfTheNinthCheckSetHoldTheirFloor() {
        holds(ninthCheck, "ninth check set", 30, 0.92, 0.86);
    }

    /**
     * The tenth check set, drawn and annotated at the start of session 17, was held out at P 94.6 / R 81.4 (the five
     * judged categories 94.4 / 87.2 of 39) before and after that session's first two rules, until its misses were read
     * (a range written 200-249 ألف, إسترليني alone, foreigners as people, the sick a few words on): a dev set now.
     */
    @Test
    void countsOfTheTenthCheckSetHoldTheirFloor() {
        holds(tenthCheck, "tenth check set", 43, 0.99, 0.93);
    }

    /**
     * The eleventh check set, drawn after session 17's count rules and annotated before the extraction ran on it, read
     * only to measure: P 100 / R 96.8 (the five judged categories 100 / 96.4 of 28; 100 / 93.5 with the code of the
     * session's start).
     */
    @Test
    void countsOfTheEleventhCheckSetHeldOutFromEveryRuleHoldTheirFloor() {
        holds(eleventhCheck, "eleventh check set", 31, 0.99, 0.96);
    }

    private static final double FOURTH_PRECISION = 0.99;
    private static final double FOURTH_RECALL = 0.94;

    private static void holds(Map<String, Tally> set, String name, int gold, double precision, double recall) {
        Tally all = set.get("ALL");
        assertThat(all.gold()).as("%s counts", name).isGreaterThanOrEqualTo(gold);
        assertThat(all.precision()).as("%s precision", name).isGreaterThanOrEqualTo(precision);
        assertThat(all.recall()).as("%s recall", name).isGreaterThanOrEqualTo(recall);
    }

    /** Gold counts by article, then by sentence id, in file order. */
    private static Map<String, Map<String, List<Gold>>> readGold(String resource) throws IOException {
        Map<String, Map<String, List<Gold>>> out = new LinkedHashMap<>();
        try (InputStream in = CountDevSetTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<Gold> counts = out.computeIfAbsent(f[0], a -> new LinkedHashMap<>()).computeIfAbsent(f[1], s -> new ArrayList<>());
                if (!f[2].equals("-")) {
                    for (String count : f[2].split(" ")) {
                        counts.add(parse(count));
                    }
                }
            }
        }
        return out;
    }

    private static Gold parse(String count) {
        Matcher m = COUNT.matcher(count);
        if (!m.matches()) {
            throw new IllegalArgumentException("counts-dev.tsv: cannot read " + count);
        }
        return new Gold(m.group(1) != null, m.group(2), new BigDecimal(m.group(3)), m.group(4) == null ? null : new BigDecimal(m.group(4)),
                m.group(5) != null || m.group(4) != null, m.group(6), m.group(7) == null ? "EVENT" : m.group(7));
    }
}
