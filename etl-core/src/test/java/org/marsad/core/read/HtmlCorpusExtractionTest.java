package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;
import org.marsad.core.clean.TextNormalizer;

/**
 * Main-content extraction against the expected outputs shipped with trafilatura, newspaper3k and goose3
 * (shared corpus, html/). Prints precision and recall by paragraph for Marsad and, as the baseline, for
 * Tika's plain body text. Skips, saying so, where the corpus is absent.
 */
class HtmlCorpusExtractionTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void newspaper3kArabicArticleIsExtractedWholeAndAlone() throws Exception {
        Path dir = html().resolve("newspaper3k");
        List<String> expected = paragraphs(Files.readString(dir.resolve("arabic_expected_text.txt")));
        Score score = measure("newspaper3k", dir.resolve("arabic_article.html"), expected);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
    }

    /** goose3's expectation is the first sentence of the article: the text must start with it. */
    @Test
    void goose3CnnArabicArticleStartsWithItsFirstSentence() throws Exception {
        Path dir = html().resolve("goose3");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("test_cnn_arabic.json").toFile());
        String expectedStart = NORMALIZER.normalize(json.path("expected").path("cleaned_text").asText());
        String body = extractor.extract("page.html", Files.readAllBytes(dir.resolve("test_cnn_arabic.html"))).article().body();
        String tika = NORMALIZER.normalize(tikaBodyText(dir.resolve("test_cnn_arabic.html")));
        System.out.printf(Locale.ROOT, "html goose3: marsad starts with the article: %b; tika body text: %b%n",
                body.startsWith(expectedStart), tika.startsWith(expectedStart));
        assertThat(body).startsWith(expectedStart);
    }

    @Test
    void trafilaturaAssabahKeepsWhatMustBeKeptAndDropsTheRest() throws Exception {
        Path dir = html().resolve("trafilatura");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("expected.json").toFile()).elements().next();
        String text = extractor.extract("page.html", Files.readAllBytes(dir.resolve("assabah.com.tn.article.html"))).article().body();
        for (String kept : strings(json, "with")) {
            assertThat(text).as("keeps").contains(kept);
        }
        for (String dropped : strings(json, "without")) {
            assertThat(text).as("drops").doesNotContain(dropped);
        }
        String title = extractor.extract("page.html", Files.readAllBytes(dir.resolve("assabah.com.tn.article.html"))).article().title();
        assertThat(title.replaceAll("\\s+", " ")).isEqualTo(NORMALIZER.normalize(strings(json, "title").get(0)).replaceAll("\\s+", " "));
        String tika = tikaBodyText(dir.resolve("assabah.com.tn.article.html"));
        long tikaDropped = strings(json, "without").stream().filter(s -> !tika.contains(s)).count();
        System.out.printf(Locale.ROOT, "html trafilatura: marsad keeps %d/%d, drops %d/%d; tika body text drops %d/%d%n",
                strings(json, "with").size(), strings(json, "with").size(), strings(json, "without").size(),
                strings(json, "without").size(), tikaDropped, strings(json, "without").size());
    }

    /**
     * The fields the real pages state: Assabah's Dublin Core date, CNN's title without its affix and the
     * day its readers see under the headline (الأحد، 04 آب/اغسطس 2013), which beats the URL's 8/3.
     */
    @Test
    void theRealPagesGiveTheirPublicationDayTitleAndOutlet() throws Exception {
        Article assabah = extractor.extract("page.html", Files.readAllBytes(html().resolve("trafilatura/assabah.com.tn.article.html"))).article();
        assertThat(assabah.publishedAt()).isEqualTo(LocalDateTime.of(2019, 2, 8, 0, 0));
        assertThat(assabah.publishedOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(assabah.sourceName()).isEqualTo("الصباح");

        Article cnn = extractor.extract("page.html", Files.readAllBytes(html().resolve("goose3/test_cnn_arabic.html"))).article();
        assertThat(cnn.publishedAt()).isEqualTo(LocalDateTime.of(2013, 8, 4, 0, 0));
        assertThat(cnn.title()).isEqualTo("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
        assertThat(cnn.sourceName()).isEqualTo("سي إن إن بالعربية");
    }

    private Score measure(String name, Path page, List<String> expected) throws Exception {
        List<String> ours = paragraphs(extractor.extract("page.html", Files.readAllBytes(page)).article().body());
        List<String> tika = paragraphs(tikaBodyText(page));
        Score score = Score.of(ours, expected);
        Score baseline = Score.of(tika, expected);
        System.out.printf(Locale.ROOT, "html %s: marsad precision %.2f recall %.2f; tika body text precision %.2f recall %.2f%n",
                name, score.precision(), score.recall(), baseline.precision(), baseline.recall());
        return score;
    }

    private record Score(double precision, double recall) {

        static Score of(List<String> got, List<String> expected) {
            long hits = got.stream().filter(expected::contains).count();
            long found = expected.stream().filter(got::contains).count();
            return new Score(got.isEmpty() ? 0 : (double) hits / got.size(), (double) found / expected.size());
        }
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(NORMALIZER.normalize(text).split("\n")).map(s -> s.replaceAll("\\s+", " ").strip())
                .filter(s -> s.length() > 1).toList();
    }

    private static String tikaBodyText(Path page) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        new AutoDetectParser().parse(new ByteArrayInputStream(Files.readAllBytes(page)), handler, new Metadata(), new ParseContext());
        return handler.toString();
    }

    /** The string values of a JSON field, array or single. */
    private static List<String> strings(JsonNode json, String field) {
        JsonNode node = json.path(field);
        List<String> out = new java.util.ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static Path html() throws IOException {
        Path dir = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("html");
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + " (set -Dmarsad.corpus.dir)");
        return dir;
    }

}
