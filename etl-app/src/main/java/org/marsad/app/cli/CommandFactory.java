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
        if (type == RestartCommand.class) {
            return type.cast(new RestartCommand(context));
        }
        if (type == RecoverCommand.class) {
            return type.cast(new RecoverCommand(context));
        }
        if (type == StatusCommand.class) {
            return type.cast(new StatusCommand(context));
        }
        if (type == QuarantineCommand.class) {
            return type.cast(new QuarantineCommand(context));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
