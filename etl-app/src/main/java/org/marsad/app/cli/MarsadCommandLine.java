package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marsad.app.MarsadApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

/**
 * Entry point of {@code java -jar marsad.jar}: splits Spring settings given as {@code --spring.…=…},
 * {@code --marsad.…=…} or {@code --logging.…=…} from the command's own arguments and runs the command.
 * {@code --debug} anywhere adds stack traces to the one-line errors. Exit codes: 0 done, 1 the job failed,
 * 2 usage error.
 */
public final class MarsadCommandLine {

    /** Anywhere on the command line: print stack traces (on the console and with a failure's one line). */
    static final String DEBUG = "--debug";
    private static final List<String> SETTING_PREFIXES = List.of("--spring.", "--marsad.", "--logging.", "--server.");

    /** Help is wrapped by picocli at this width; the examples of every footer are shorter, so they copy whole. */
    static final int HELP_WIDTH = 120;

    private final Function<String[], ConfigurableApplicationContext> contextFactory;

    MarsadCommandLine(Function<String[], ConfigurableApplicationContext> contextFactory) {
        this.contextFactory = contextFactory;
    }

    public static MarsadCommandLine standard() {
        return new MarsadCommandLine(settings -> {
            boolean repositoryOnly = java.util.Arrays.asList(settings).contains(RepositoryApplication.SETTING);
            SpringApplication app = new SpringApplication(repositoryOnly ? RepositoryApplication.class : MarsadApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.addListeners(new ConsoleLogsOnStandardError());
            return app.run(settings);
        });
    }

    public int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public int execute(PrintWriter out, PrintWriter err, String... args) {
        List<String> settings = new ArrayList<>();
        List<String> command = new ArrayList<>();
        boolean debug = false;
        for (String arg : args) {
            if (arg.equals(DEBUG)) {
                debug = true;
            } else {
                (SETTING_PREFIXES.stream().anyMatch(arg::startsWith) ? settings : command).add(arg);
            }
        }
        if (debug) {
            // stack traces on the console too, after the settings given, so this one wins
            settings.add("--logging.pattern.console=%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p [exec %X{jobExecutionId:--}] %logger{30}: %m%n%wEx");
            settings.add("--logging.level.org.springframework.boot.SpringApplication=ERROR");
            settings.add("--logging.level.org.springframework.context=WARN");
        }
        SpringContext context = new SpringContext(contextFactory, settings.toArray(String[]::new));
        CommandLine cli = new CommandLine(new MarsadCommand(), new CommandFactory(context));
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new OneLineErrors(debug));
        try {
            return cli.execute(command.toArray(String[]::new));
        } finally {
            context.close();
        }
    }
}
