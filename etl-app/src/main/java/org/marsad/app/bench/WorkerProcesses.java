package org.marsad.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Worker JVMs for a benchmark of remote partitioning: started from the same jar (or class path) as the running
 * process, each with {@code worker} and the given settings, its output in a log file; stopped with the bench.
 */
public final class WorkerProcesses implements AutoCloseable {

    private static final String READY = "Worker serving partitions";

    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    public static WorkerProcesses start(int count, Path logDir, List<String> settings) throws IOException, InterruptedException {
        WorkerProcesses workers = new WorkerProcesses();
        Files.createDirectories(logDir);
        for (int i = 1; i <= count; i++) {
            Path log = logDir.resolve("worker-" + i + ".log");
            List<String> command = new ArrayList<>(launcher());
            command.add("worker");
            command.addAll(settings);
            workers.processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
            workers.logs.add(log);
        }
        workers.awaitReady();
        return workers;
    }

    /** {@code java -jar marsad.jar} when running from the jar, the main class on this class path otherwise. */
    private static List<String> launcher() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return List.of(java, "-Xmx512m", "-jar", classPath);
        }
        return List.of(java, "-Xmx512m", "-cp", classPath, "org.marsad.app.MarsadApplication");
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        for (int i = 0; i < processes.size(); i++) {
            while (!Files.readString(logs.get(i)).contains(READY)) {
                if (!processes.get(i).isAlive() || System.currentTimeMillis() > deadline) {
                    close();
                    throw new IllegalStateException("worker " + (i + 1) + " did not start:\n" + Files.readString(logs.get(i)));
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
