package org.marsad.app.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/**
 * Gives commands their collaborators: a command whose constructor takes the {@link SpringContext} gets
 * the lazily started application; the others are made by picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final SpringContext context;

    CommandFactory(SpringContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withContext = type.getDeclaredConstructor(SpringContext.class);
            return withContext.newInstance(context);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
