package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicMatchKey;

/**
 * Precision and recall of the facts against the team's hand annotations ({@code facts/gold.tsv}): the five
 * seed articles of the shared corpus and the team's own articles ({@code facts/team/}). Prints the table the
 * README shows; asserts the figures reached so that a change that loses facts fails here.
 *
 * <p>An entity, quantity or date is right when its kind, type or category and its value equal an
 * annotation's; a quotation when its text holds the annotation's key words, and its speaker is scored
 * apart. Annotations a reader may or may not list ({@code ENTITY?}) neither count as missed nor, when
 * found, as spurious.
 */
class FactsAccuracyTest {

    private static final Path SEEDS = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("seeds");
    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void teamArticlesFactsMatchTheirAnnotations() throws Exception {
        Score score = score("team/");
        print("team articles", score);
        assertThat(score.get("ENTITY PERSON").recall()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.get("ENTITY LOCATION").recall()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.get("ENTITY ORGANIZATION").recall()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.total("ENTITY").precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.total("QUANTITY").precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.total("QUANTITY").recall()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.get("QUOTE").recall()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.get("QUOTE speaker").recall()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.get("DATE").recall()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void seedFactsMatchTheirAnnotations() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SEEDS), "shared corpus not found at " + SEEDS
                + " (set -Dmarsad.corpus.dir)");
        Score score = score("seeds/");
        print("seed articles", score);
        assertThat(score.total("QUANTITY").precision()).isEqualTo(1.0);
        assertThat(score.total("QUANTITY").recall()).isEqualTo(1.0);
        assertThat(score.total("ENTITY").precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(score.total("ENTITY").recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.get("QUOTE").precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.get("QUOTE").recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.get("DATE").precision()).isEqualTo(1.0);
        assertThat(score.get("DATE").recall()).isEqualTo(1.0);
    }

    private Score score(String set) throws Exception {
        Map<String, List<Gold>> gold = new TreeMap<>();
        for (Gold g : gold()) {
            if (g.file().startsWith(set)) {
                gold.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g);
            }
        }
        Score score = new Score();
        for (var file : gold.entrySet()) {
            ArticleFacts facts = extractor.extract(file.getKey(), read(file.getKey())).facts();
            scoreFile(file.getKey(), facts, file.getValue(), score);
        }
        return score;
    }

    private static void scoreFile(String file, ArticleFacts facts, List<Gold> gold, Score score) {
        Set<List<String>> found = new LinkedHashSet<>();
        facts.entities().forEach(e -> found.add(List.of("ENTITY", e.type().name(), e.canonicalName())));
        facts.quantities().forEach(q -> found.add(List.of("QUANTITY", q.category().name(), q.amount().stripTrailingZeros().toPlainString(),
                q.unit() == null ? "-" : q.unit())));
        facts.dates().forEach(d -> found.add(List.of("DATE", d.value(), d.granularity().name())));
        List<Gold> open = new ArrayList<>(gold);
        for (List<String> fact : found) {
            String kind = fact.get(0).equals("DATE") ? "DATE" : fact.get(0) + " " + fact.get(1);
            Gold match = open.stream().filter(g -> g.matches(fact)).findFirst().orElse(null);
            open.remove(match);
            if (match == null) {
                score.spurious(kind, file + " " + fact);
            } else if (!match.optional()) {
                score.right(kind);
            }
        }
        for (var q : facts.quotations()) {
            Gold match = open.stream().filter(g -> g.kind().equals("QUOTE") && key(q.text()).contains(key(g.values().get(1))))
                    .findFirst().orElse(null);
            open.remove(match);
            if (match == null) {
                score.spurious("QUOTE", file + " " + q);
                score.spurious("QUOTE speaker", file + " " + q);
            } else if (!match.optional()) {
                score.right("QUOTE");
                if (match.anyOf(0, q.speaker() == null ? "-" : q.speaker())) {
                    score.right("QUOTE speaker");
                } else {
                    score.spurious("QUOTE speaker", file + " " + q.speaker() + " for " + match.values());
                }
            }
        }
        for (Gold g : open) {
            if (!g.optional()) {
                String kind = switch (g.kind()) {
                    case "DATE" -> "DATE";
                    case "QUOTE" -> "QUOTE";
                    default -> g.kind() + " " + g.values().get(0);
                };
                score.missed(kind, file + " " + g.values());
                if (kind.equals("QUOTE")) {
                    score.missed("QUOTE speaker", file + " " + g.values());
                }
            }
        }
    }

    private static byte[] read(String file) throws IOException {
        if (file.startsWith("seeds/")) {
            return Files.readAllBytes(SEEDS.resolve(file.substring("seeds/".length())));
        }
        try (InputStream in = FactsAccuracyTest.class.getResourceAsStream("facts/" + file)) {
            return in.readAllBytes();
        }
    }

    private static String key(String text) {
        return ArabicMatchKey.of(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** One annotation: file, kind (ENTITY, QUANTITY, QUOTE, DATE; with ? when optional) and its values. */
    private record Gold(String file, String kind, boolean optional, List<String> values) {

        boolean matches(List<String> fact) {
            if (!kind.equals(fact.get(0)) || values.size() != fact.size() - 1) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                if (!anyOf(i, fact.get(i + 1))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the value at i (a|b for either) names the same thing as the given one. */
        boolean anyOf(int i, String value) {
            return Arrays.stream(values.get(i).split("\\|")).anyMatch(v -> key(v).equals(key(value)));
        }
    }

    private static List<Gold> gold() throws IOException {
        List<Gold> rows = new ArrayList<>();
        try (InputStream in = FactsAccuracyTest.class.getResourceAsStream("facts/gold.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    boolean optional = f[1].endsWith("?");
                    rows.add(new Gold(f[0], optional ? f[1].substring(0, f[1].length() - 1) : f[1], optional,
                            List.of(f).subList(2, f.length)));
                }
            }
        }
        return rows;
    }

    private static void print(String set, Score score) {
        System.out.printf(Locale.ROOT, "%nFacts on the %s (team annotations):%n| kind | annotated | found | right | precision | recall |%n"
                + "| --- | --- | --- | --- | --- | --- |%n", set);
        score.counts.forEach((kind, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", kind, c.right + c.missed,
                c.right + c.spurious, c.right, percent(c.precision()), percent(c.recall())));
        score.notes.forEach(n -> System.out.println("  " + n));
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static final class Count {
        int right;
        int spurious;
        int missed;

        double precision() {
            return right + spurious == 0 ? Double.NaN : right / (double) (right + spurious);
        }

        double recall() {
            return right + missed == 0 ? Double.NaN : right / (double) (right + missed);
        }
    }

    private static final class Score {
        final Map<String, Count> counts = new TreeMap<>();
        final List<String> notes = new ArrayList<>();

        void right(String kind) {
            get(kind).right++;
        }

        void spurious(String kind, String what) {
            get(kind).spurious++;
            notes.add("spurious " + kind + ": " + what);
        }

        void missed(String kind, String what) {
            get(kind).missed++;
            notes.add("missed " + kind + ": " + what);
        }

        Count get(String kind) {
            return counts.computeIfAbsent(kind, k -> new Count());
        }

        Count total(String prefix) {
            Count total = new Count();
            new LinkedHashMap<>(counts).forEach((kind, c) -> {
                if (kind.startsWith(prefix + " ")) {
                    total.right += c.right;
                    total.spurious += c.spurious;
                    total.missed += c.missed;
                }
            });
            return total;
        }
    }
}
