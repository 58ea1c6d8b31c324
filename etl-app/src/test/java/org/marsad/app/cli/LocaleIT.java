package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.MarsadApplication;

/**
 * The jar as cron and containers start it: with an empty environment (env -i), the JVM names files in
 * ASCII and Arabic names cannot be opened, so the start is refused in one line naming the fix; with
 * LANG=C.UTF-8 and nothing else, Arabic names load.
 */
class LocaleIT {

    private static final String BODY = "أعلنت بلدية المدينة افتتاح حديقة عامة جديدة في حي الجامعة بمساحة عشرة آلاف متر مربع أمس.";

    @TempDir
    Path work;

    @Test
    void anEmptyEnvironmentIsRefusedInOneLineNamingTheFix() throws Exception {
        Path input = writeInput();

        Result result = marsad(Map.of(), input);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output().strip().lines()).singleElement().asString()
                .startsWith("marsad: file names need a UTF-8 locale").contains("LANG=C.UTF-8");
    }

    @Test
    void withLangSetAloneArabicNamesAreLoaded() throws Exception {
        Path input = writeInput();

        Result result = marsad(Map.of("LANG", "C.UTF-8"), input);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("articles loaded  3");
    }

    private Path writeInput() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.writeString(Files.createDirectories(input.resolve("أخبار")).resolve("خبر عاجل.txt"), BODY, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("تقرير.txt"), BODY + " ثانياً", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("ascii.txt"), BODY + " ثالثاً", StandardCharsets.UTF_8);
        return input;
    }

    private record Result(int exit, String output) {
    }

    private Result marsad(Map<String, String> environment, Path input) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), MarsadApplication.class.getName(), "run", "--input", input.toString(),
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--marsad.import.progress-interval=0s"));
        Path log = work.resolve("child.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process child = builder.start();
        if (!child.waitFor(3, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("marsad did not finish:\n" + Files.readString(log));
        }
        return new Result(child.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
