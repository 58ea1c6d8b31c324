package org.marsad.app.cli;

import picocli.CommandLine;

/** Gives commands their collaborators: the lazily started Spring context. */
final class CommandFactory implements CommandLine.IFactory {

    private final SpringContext context;

    CommandFactory(SpringContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == RunCommand.class) {
            return type.cast(new RunCommand(context));
        }
        if (type == BiAccountCommand.class) {
            return type.cast(new BiAccountCommand(context));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
