package org.marsad.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a JVM of its own, its output in a log file: what tests that signal or kill a process need. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Path log, Class<?> main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the child writes {@code file} (its crash point, say); fails with its log if it ends or takes two minutes. */
    static void awaitFile(Process child, Path file, Path log) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(file)) {
            if (!child.isAlive() || System.currentTimeMillis() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the child never wrote " + file.getFileName() + ":\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }
}
