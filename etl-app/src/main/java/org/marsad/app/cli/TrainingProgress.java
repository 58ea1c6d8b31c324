package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Training as the operator follows it: OpenNLP's INFO log (indexing, "Performing 150 iterations", one
 * line an iteration) is taken off the console and turned into phases on standard error, each with the
 * time it took, and one line of how the training ended; the library's own lines, in their own format,
 * are not shown. OpenNLP reports its iterations only once training has ended (its monitor buffers them),
 * so the phases, not a per-iteration bar, show that it is alive. Closing it puts the log back.
 */
final class TrainingProgress extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private static final Pattern ITERATIONS = Pattern.compile("Performing (\\d+) iterations");
    private static final Pattern ITERATION = Pattern.compile("^(\\d+): \\(");

    private final PrintWriter err;
    private final Logger opennlp;
    private final Level level;
    private final boolean additive;
    private int total;
    private int lastIteration;
    private String lastAccuracy = "0";
    private long phaseStart;

    private TrainingProgress(PrintWriter err) {
        this.err = err;
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.opennlp = context.getLogger("opennlp");
        this.level = opennlp.getLevel();
        this.additive = opennlp.isAdditive();
        setContext(context);
        setName("training-progress");
    }

    /** Starts following OpenNLP's training log; nothing happens where Logback is not the logging system. */
    static TrainingProgress follow(PrintWriter err) {
        TrainingProgress progress = new TrainingProgress(err);
        progress.start();
        progress.opennlp.setLevel(Level.INFO);
        progress.opennlp.setAdditive(false);
        progress.opennlp.addAppender(progress);
        return progress;
    }

    @Override
    protected void append(ILoggingEvent event) {
        String message = event.getFormattedMessage().strip();
        Matcher iterations = ITERATIONS.matcher(message);
        Matcher iteration = ITERATION.matcher(message);
        if (message.startsWith("Computing event counts")) {
            phase("Reading the training events (the features of every token)");
        } else if (iterations.find()) {
            total = Integer.parseInt(iterations.group(1));
            phase("Training the perceptron (at most " + total + " iterations)");
        } else if (iteration.find()) {
            lastIteration = Integer.parseInt(iteration.group(1));
            lastAccuracy = message.substring(message.lastIndexOf(':') + 1).strip();
        } else if (event.getLoggerName().endsWith("TrainingProgressMonitor") && lastIteration > 0) {
            err.printf(Locale.ROOT, "  %d of %d iterations, training accuracy %.4f%s%n", lastIteration, total, Double.parseDouble(lastAccuracy),
                    lastIteration < total ? " (stopped: accuracy no longer changing)" : "");
            err.flush();
        } else if (message.startsWith("Compressed")) {
            phase("Writing the model");
        }
    }

    private void phase(String what) {
        long now = System.nanoTime();
        if (phaseStart > 0) {
            err.printf(Locale.ROOT, "  took %.1f s%n", (now - phaseStart) / 1e9);
        }
        phaseStart = now;
        err.println(what + "…");
        err.flush();
    }

    @Override
    public void close() {
        opennlp.detachAppender(this);
        opennlp.setLevel(level);
        opennlp.setAdditive(additive);
        stop();
    }
}
