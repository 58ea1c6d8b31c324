package org.marsad.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.core.read.UnreadableFileException;

/**
 * Articles of the shared corpus ({@code -Dmarsad.corpus.dir}, {@code ../shared/corpus} beside the checkout)
 * named by the locators the dev sets use: {@code ant:raw/…/X.txt} (an ANT TREC file) and
 * {@code snn:ZIP:ENTRY:INDEX} (one object of a SaudiNewsNet JSON array in {@code saudinewsnet-full}).
 */
final class SharedCorpus {

    static final Path DIR = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedCorpus() {
    }

    static boolean present() {
        return Files.isDirectory(DIR.resolve("saudinewsnet-full")) && Files.isDirectory(DIR.resolve("ant"));
    }

    /** The article a locator names, read as the import reads it. */
    static ExtractedArticle extract(ArticleExtractor extractor, String locator) throws IOException, UnreadableFileException {
        String[] parts = locator.split(":", 2);
        return switch (parts[0]) {
            case "ant" -> extractor.extract(locator, Files.readAllBytes(DIR.resolve("ant").resolve(parts[1])));
            case "snn" -> extractor.extract("article.json", saudiNewsNetArticle(parts[1]));
            case "html" -> extractor.extract(parts[1], Files.readAllBytes(DIR.resolve("html").resolve(parts[1])));
            default -> throw new IllegalArgumentException("unknown corpus locator " + locator);
        };
    }

    /** One object of a SaudiNewsNet JSON array, as the bytes of a JSON file of its own (the import reads such records). */
    static byte[] saudiNewsNetArticle(String address) {
        String[] p = address.split(":");
        try (ZipFile zip = new ZipFile(DIR.resolve("saudinewsnet-full/dataset").resolve(p[0]).toFile())) {
            ZipEntry entry = zip.getEntry(p[1]);
            try (InputStream in = zip.getInputStream(entry)) {
                JsonNode article = JSON.readTree(in).get(Integer.parseInt(p[2]));
                return JSON.writeValueAsBytes(article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
