package org.marsad.app.cli;

import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application the first time a command asks for a bean, and closes it at the end. */
final class SpringContext implements AutoCloseable {

    private final Function<String[], ConfigurableApplicationContext> factory;
    private String[] settings;
    private ConfigurableApplicationContext context;

    SpringContext(Function<String[], ConfigurableApplicationContext> factory, String[] settings) {
        this.factory = factory;
        this.settings = settings;
    }

    /** The application to start serves HTTP (Actuator); call before the first bean is asked for. */
    void serveWeb() {
        addSettings("--spring.main.web-application-type=servlet");
    }

    /**
     * The command only reads or flags the job repository and file lineage: the application started is
     * {@link RepositoryApplication}, not the whole one. Call before the first bean is asked for.
     */
    void repositoryOnly() {
        addSettings(RepositoryApplication.SETTING);
    }

    /** Settings a command adds to those of the command line; they win. Call before the first bean is asked for. */
    void addSettings(String... more) {
        if (context != null) {
            throw new IllegalStateException("the application already started");
        }
        settings = java.util.stream.Stream.concat(java.util.Arrays.stream(settings), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    /** The settings given on the command line ({@code --marsad.…=…}), for commands that need no application. */
    String[] settings() {
        return settings.clone();
    }

    <T> T getBean(Class<T> type) {
        if (context == null) {
            context = factory.apply(settings);
        }
        return context.getBean(type);
    }

    /** Closes the application; the next bean asked for starts it anew (the benchmark's second import, on a new database). */
    void restart() {
        close();
        context = null;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
