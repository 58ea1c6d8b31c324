package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.marsad.core.extract.entity.model.TrainingListener;
import org.slf4j.LoggerFactory;

/**
 * Training as the operator follows it: OpenNLP's INFO log (indexing, "Performing 150 iterations", one
 * line an iteration) is taken off the console and turned into phases on standard error, each with the
 * time it took; each iteration the perceptron measures (every tenth) draws a bar with the training
 * accuracy and the time left as it ends, and one line says how training ended. The library's own
 * lines, in their own format, are not shown. Closing it puts the log back.
 */
final class TrainingProgress extends AppenderBase<ILoggingEvent> implements TrainingListener, AutoCloseable {

    private static final int BAR = 20;

    private final PrintWriter err;
    private final Logger opennlp;
    private final Level level;
    private final boolean additive;
    private int lastIteration;
    private double lastAccuracy;
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
        if (message.startsWith("Computing event counts")) {
            phase("Reading the training events (the features of every token)");
        } else if (message.startsWith("Performing")) {
            phase(message.replaceFirst("Performing (\\d+) iterations.*", "Training the perceptron (at most $1 iterations)"));
        } else if (message.startsWith("Compressed")) {
            phase("Writing the model");
        }
    }

    @Override
    public void iterationEnded(int iteration, int iterations, double accuracy) {
        lastIteration = iteration;
        lastAccuracy = accuracy;
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        int filled = iteration * BAR / iterations;
        err.printf(Locale.ROOT, "  [%s%s] %3d%%  %d of %d iterations, training accuracy %.4f, about %.0f s left%n", "#".repeat(filled),
                "-".repeat(BAR - filled), iteration * 100 / iterations, iteration, iterations, accuracy,
                seconds / iteration * (iterations - iteration));
        err.flush();
    }

    @Override
    public void trainingEnded(boolean early) {
        if (early) {
            err.printf(Locale.ROOT, "  stopped early, after iteration %d and before %d: the training accuracy (%.4f) no longer changed%n",
                    lastIteration, lastIteration + 10, lastAccuracy);
        } else {
            err.printf(Locale.ROOT, "  all iterations done, training accuracy %.4f%n", lastAccuracy);
        }
        err.flush();
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
