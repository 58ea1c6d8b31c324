package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
    void aDatabaseThatDoesNotAnswerIsOneLineNamingTheSetting() {
        MarsadCommandLine failing = new MarsadCommandLine(settings -> {
            throw new org.springframework.beans.factory.BeanCreationException("flyway", "Failed to instantiate",
                    new org.springframework.jdbc.support.MetaDataAccessException("Could not get Connection",
                            new java.sql.SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3307. Connection refused",
                                    "08000", new java.net.ConnectException("Connection refused"))));
        });

        int exit = failing.execute(new PrintWriter(out), new PrintWriter(err), "status");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "marsad status: cannot connect to the database: Connection refused; check spring.datasource.url (SPRING_DATASOURCE_URL)",
                "(run again with --debug for the stack trace)");
    }

    @Test
    void refusedCredentialsAndAMissingDatabaseNameTheirSettings() {
        assertThat(OneLineErrors.explain(new RuntimeException(new java.sql.SQLInvalidAuthorizationSpecException(
                "Access denied for user 'x'", "28000", 1045)))).startsWith("the database refused the credentials: Access denied for user 'x'")
                .contains("spring.datasource.password");
        assertThat(OneLineErrors.explain(new RuntimeException(new java.sql.SQLSyntaxErrorException("Unknown database 'nosuch'", "42000",
                1049)))).startsWith("the database does not exist: Unknown database 'nosuch'");
    }

    @Test
    void withDebugTheStackTraceFollowsTheLine() {
        MarsadCommandLine failing = new MarsadCommandLine(settings -> {
            throw new IllegalStateException("broken");
        });

        failing.execute(new PrintWriter(out), new PrintWriter(err), "status", "--debug");

        assertThat(err.toString()).startsWith("marsad status: IllegalStateException: broken").contains("\tat ");
    }

    @Test
    void inspectBuildsThePipelineOfARunWithTheSameSettings() throws Exception {
        Path page = dir.resolve("brief.txt");
        java.nio.file.Files.writeString(page, "افتتاح جسر جديد في الموصل اليوم");

        assertThat(execute("inspect", page.toString())).as("the default minimum of words").isEqualTo(1);
        assertThat(out.toString()).contains("Quarantined: too little text: 6 words, an article has at least 10");
        assertThat(execute("inspect", page.toString(), "--marsad.import.min-words=3")).isZero();
        assertThat(execute("inspect", page.toString(), "--marsad.import.entity-model=" + dir.resolve("no-such-model.bin"))).isEqualTo(1);
        assertThat(err.toString()).contains("marsad.import.entity-model").contains("no-such-model.bin").contains("could not be read");
    }

    @Test
    void theShippedEntityModelIsUsedWithNoSettingAndNoneTurnsItOff() throws Exception {
        Path article = dir.resolve("coach.txt");
        // no title before the name and no list of it: only the model knows كريستيان جروس is a person
        java.nio.file.Files.writeString(article, "وانتقد كريستيان جروس أداء الحكام بعد مباراة فريقه في جدة مساء أمس، مؤكدا أن اللاعبين "
                + "سيعودون إلى التدريبات غدا استعدادا للجولة المقبلة.");

        assertThat(execute("inspect", article.toString())).isZero();
        assertThat(out.toString()).contains("PERSON        كريستيان جروس");
        out.getBuffer().setLength(0);
        assertThat(execute("inspect", article.toString(), "--marsad.import.entity-model=none")).isZero();
        assertThat(out.toString()).doesNotContain("PERSON        كريستيان جروس").contains("LOCATION      جدة");
    }

    @Test
    void inspectShowsEachEventWithWhatDecidedItsFields() throws Exception {
        Path article = dir.resolve("raid.txt");
        java.nio.file.Files.writeString(article, "الموصل - أعلنت الشرطة العراقية اعتقال 11 مشتبها بهم في حي الزهور بالموصل يوم 2 "
                + "مارس 2021، في عملية أمنية استمرت ساعات، بحسب بيان رسمي صدر عن قيادة العمليات.");

        assertThat(execute("inspect", article.toString())).isZero();
        assertThat(out.toString()).contains("EVENT         ARRESTED 11 EVENT").contains("actor:  الشرطة العراقية (FORCE)")
                .contains("target: مشتبه بهم (GROUP)").contains("place:  الزهور / نينوى / العراق  [sentence: الزهور, in الموصل]")
                .contains("period: 2021-03-02 DAY");
    }

    @Test
    void aCorruptEntityModelStopsTheCommandWithOneLineBeforeAnyFileIsRead() throws Exception {
        Path model = java.nio.file.Files.writeString(dir.resolve("ner.bin"), "not a model");
        Path article = java.nio.file.Files.writeString(dir.resolve("a.txt"), "افتتاح جسر جديد في الموصل اليوم بحضور المحافظ وعدد من المسؤولين");

        assertThat(execute("inspect", article.toString(), "--marsad.import.entity-model=" + model)).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().findFirst().orElseThrow()).contains("marsad.import.entity-model").contains("not a model written by train-entities");
        assertThat(err.toString()).doesNotContain("\tat ");
    }

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
    void inspectShowsCharsetCleanTextAndRemovedLinesWithoutADatabase() throws Exception {
        Path page = dir.resolve("page.txt");
        java.nio.file.Files.write(page, String.join("\n", "Marsad Post", "افتتاح جسر جديد في الموصل", "طباعة", "القراءات: 31",
                "افتتحت المحافظة جسراً جديداً على نهر دجلة صباح اليوم بحضور عدد من المسؤولين.").getBytes(java.nio.charset.Charset.forName("windows-1256")));

        assertThat(execute("inspect", page.toString())).isZero();

        assertThat(out.toString()).contains("Format:    text/plain")
                .contains("Charset:   windows-1256 (decided by ARABIC_LETTER_SCORE")
                .contains("reads=31").contains("افتتحت المحافظة جسراً جديداً على نهر دجلة صباح اليوم بحضور عدد من المسؤولين.")
                .containsPattern("3 +UI_WORDS +طباعة").containsPattern("4 +COUNTER +القراءات: 31")
                .containsPattern("1 +OUTLET_HEADER +Marsad Post");
    }

    @Test
    void inspectOfAnEmptyFileSaysWhyItWouldBeQuarantined() throws Exception {
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.txt"));
        assertThat(execute("inspect", empty.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Quarantined: empty file");
    }

    @Test
    void trainsAnEntityModelAndTagsWithIt() throws Exception {
        StringBuilder conll = new StringBuilder();
        String[][] people = {{"أحمد", "كريم"}, {"سارة", "علي"}, {"ليلى", "حسن"}};
        String[] places = {"بغداد", "أربيل", "البصرة"};
        for (String[] person : people) {
            for (String place : places) {
                conll.append("وصل O\n").append(person[0]).append(" B-PERS\n").append(person[1]).append(" I-PERS\n")
                        .append("إلى O\n").append(place).append(" B-LOC\n\n");
            }
        }
        Path data = java.nio.file.Files.writeString(dir.resolve("train.conll"), conll);
        Path model = dir.resolve("models/ner.bin");

        assertThat(execute("train-entities", "--conll", data.toString(), "--out", model.toString(), "--iterations", "30")).isZero();
        assertThat(out.toString()).contains("Trained on 9 sentences");
        assertThat(err.toString()).as("phases instead of OpenNLP's log").contains("Training the perceptron (at most 30 iterations)")
                .as("a bar drawn while the iterations go on").containsPattern("\\[#+-*\\] +\\d+%  \\d+ of 30 iterations, training accuracy [01]\\.\\d{4}, about \\d+ s left")
                .containsPattern("stopped early, after iteration \\d+|all iterations done").contains("Writing the model")
                .doesNotContain("PerceptronTrainer");
        out.getBuffer().setLength(0);
        assertThat(execute("tag-entities", "--model", model.toString(), "--conll", data.toString(), "--score")).isZero();

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines[0]).isEqualTo("وصل\tO");
        assertThat(lines[1]).isEqualTo("أحمد\tB-PERS");
        assertThat(lines[5]).isEmpty();
        assertThat(err.toString()).contains("| MICRO |");
        out.getBuffer().setLength(0);
        assertThat(execute("tag-entities", "--conll", data.toString())).as("the shipped model without --model").isZero();
        assertThat(out.toString()).startsWith("وصل\t");

        Path body = java.nio.file.Files.writeString(dir.resolve("body.conll"), "أعلنت O\nوزارة B-ORG\nالشؤون I-ORG\nالبلدية I-ORG\nأمس O\n\n");
        out.getBuffer().setLength(0);
        assertThat(execute("tag-entities", "--model", model.toString(), "--conll", body.toString())).isZero();
        assertThat(out.toString()).as("the import's rules beside the model").contains("وزارة\tB-ORG\nالشؤون\tI-ORG\nالبلدية\tI-ORG\nأمس\tO");
        out.getBuffer().setLength(0);
        assertThat(execute("tag-entities", "--model", model.toString(), "--conll", body.toString(), "--model-only")).isZero();
        assertThat(out.toString()).as("the model alone, which never saw an organisation").doesNotContain("ORG");
    }

    @Test
    void learnsWordClassesFromUnlabelledNewsBeforeTraining() throws Exception {
        Path news = java.nio.file.Files.createDirectories(dir.resolve("news"));
        java.nio.file.Files.writeString(news.resolve("a.txt"), "وصل الوفد إلى بغداد أمس\nوصل الوفد إلى أربيل أمس\n");
        java.nio.file.Files.writeString(news.resolve("b.html"), "<html><body><p>وصل الوزير إلى البصرة أمس</p></body></html>");
        Path data = java.nio.file.Files.writeString(dir.resolve("train.conll"), "وصل O\nالوفد O\nإلى O\nبغداد B-LOC\n\n");
        Path model = dir.resolve("ner.bin");

        assertThat(execute("train-entities", "--conll", data.toString(), "--out", model.toString(), "--iterations", "5",
                "--unlabelled", news.toString(), "--classes", "4", "--min-count", "1")).isZero();

        assertThat(out.toString()).contains("Learnt [4] word classes of 8 words from 15 tokens in 2 files").contains("Trained on 1 sentences");
        assertThat(java.nio.file.Files.size(model)).isPositive();
    }

    @Test
    void trainingTakesNewsFaneGoldBesideTheConllData() throws Exception {
        Path data = java.nio.file.Files.writeString(dir.resolve("train.conll"), "وصل O\nالوفد O\nإلى O\nبغداد B-LOC\n\n");
        // NewsFANE Gold: token<TAB>tag, fine classes, clitics split off, a lone tab between sentences
        Path fane = java.nio.file.Files.writeString(dir.resolve("fane.txt"), "و\tO\nقال\tO\nعلي\tB-Politician\nحسن\tI-Politician\n\t\n"
                + "زار\tO\nالوزير\tO\nالموصل\tB-Population-Center\n\t\n");
        Path model = dir.resolve("ner.bin");

        assertThat(execute("train-entities", "--conll", data.toString(), "--newsfane", fane.toString(), "--out", model.toString(),
                "--iterations", "5")).isZero();
        assertThat(out.toString()).contains("Trained on 3 sentences");
        out.getBuffer().setLength(0);
        assertThat(execute("train-entities", "--conll", data.toString(), "--newsfane", dir.resolve("none.txt").toString(), "--out",
                model.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--newsfane is not a file");
    }

    @Test
    void restartNeedsAnExecutionOrLastFailed() {
        assertThat(execute("restart")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required argument");
    }

    @Test
    void helpShowsExamples() {
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString()).contains("Examples:").contains("run --input samples");
    }

    /**
     * Every command's help prints without picocli warnings, describes every option, and prints each line
     * of its examples whole (picocli wraps descriptions, but a wrapped example no longer copies).
     */
    @Test
    void everyCommandsHelpIsCleanDescribedAndKeepsItsExamplesWhole() {
        picocli.CommandLine root = new picocli.CommandLine(new MarsadCommand(), new CommandFactory(null));
        for (java.util.Map.Entry<String, picocli.CommandLine> command : root.getSubcommands().entrySet()) {
            StringWriter help = new StringWriter();
            StringWriter warnings = new StringWriter();
            int exit = cli.execute(new PrintWriter(help, true), new PrintWriter(warnings, true), command.getKey(), "--help");
            String name = command.getKey();
            picocli.CommandLine.Model.CommandSpec spec = command.getValue().getCommandSpec();

            assertThat(exit).as(name).isZero();
            assertThat(help.toString() + warnings).as(name).doesNotContain("picocli WARN").doesNotContain("Could not format");
            assertThat(help.toString().lines()).as(name + ": within the help width")
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(MarsadCommandLine.HELP_WIDTH));
            for (String text : spec.usageMessage().description()) {
                assertThatCode(() -> String.format(text)).as(name + ": picocli formats its description, so % is written %%")
                        .doesNotThrowAnyException();
            }
            for (String example : spec.usageMessage().footer()) {
                assertThatCode(() -> String.format(example)).as(name + ": picocli formats its footer, so % is written %%")
                        .doesNotThrowAnyException();
                assertThat(help.toString()).as(name + " prints its example whole").contains(example.replace("%%", "%").stripTrailing());
            }
            for (picocli.CommandLine.Model.OptionSpec option : spec.options()) {
                assertThat(String.join(" ", option.description()).strip()).as(name + " " + option.longestName() + " is described").isNotEmpty();
            }
        }
    }

    private int execute(String... args) {
        return cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
