package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and help answer without starting Spring or touching a database. */
class MarsadCommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final MarsadCommandLine cli = new MarsadCommandLine(settings -> {
        throw new AssertionError("Spring must not start for this command line");
    });

    @TempDir
    Path dir;

    @Test
    void runWithoutInputIsAUsageError() {
        assertThat(execute("run")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--input=DIR'");
    }

    @Test
    void runOnAMissingFolderIsAUsageError() {
        assertThat(execute("run", "--input", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--input is not a folder");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(execute("import")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument");
    }

    @Test
    void biAccountWithoutUserIsAUsageError() {
        assertThat(execute("bi-account")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--user=<user>'");
    }

    @Test
    void helpShowsExamples() {
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString()).contains("Examples:").contains("run --input samples");
    }

    private int execute(String... args) {
        return cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
