package org.marsad.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every file of the shared corpus's encoding sets decodes to the right charset. The corpus sits beside
 * the checkout ({@code marsad.corpus.dir}); without it these tests skip and say so.
 */
class CorpusEncodingAccuracyTest {

    private static final Map<String, String> PYTHON_CODECS = Map.of(
            "cp1256", "windows-1256", "iso8859_6", "ISO-8859-6", "utf-8", "UTF-8");

    private final CompositeCharsetDetector detector = CompositeCharsetDetector.standard();

    @Test
    void decodesEveryReEncodedSeedToTheSeedText() throws IOException {
        Path dir = corpus().resolve("encodings");
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + " (set -Dmarsad.corpus.dir)");
        List<String> wrong = new ArrayList<>();
        int files = 0;
        for (String line : Files.readAllLines(dir.resolve("MANIFEST.tsv")).subList(1, 31)) {
            String[] f = line.split("\t");
            byte[] bytes = Files.readAllBytes(dir.resolve(f[0]));
            CharsetDetection d = detector.decide(bytes);
            files++;
            if (!d.charset().equals(Charset.forName(f[1]))) {
                wrong.add(f[0] + " read as " + d.charsetName() + " by " + d.method());
            }
        }
        assertThat(files).isEqualTo(30);
        assertThat(wrong).isEmpty();
    }

    @Test
    void decodesEveryLegacyEncodingSample() throws IOException {
        Path dir = corpus().resolve("legacy-encodings");
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + " (set -Dmarsad.corpus.dir)");
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("MANIFEST.csv"), StandardCharsets.UTF_8).subList(1, 6)) {
            String[] f = line.split(",");
            CharsetDetection d = detector.decide(Files.readAllBytes(dir.resolve(f[0])));
            if (!d.charsetName().equals(PYTHON_CODECS.get(f[1]))) {
                wrong.add(f[0] + " read as " + d.charsetName() + " by " + d.method());
            }
        }
        assertThat(wrong).isEmpty();
    }

    static Path corpus() {
        return Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus"));
    }
}
