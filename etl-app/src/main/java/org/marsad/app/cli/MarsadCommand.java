package org.marsad.app.cli;

import picocli.CommandLine.Command;

@Command(name = "marsad", mixinStandardHelpOptions = true, version = "Marsad 0.1.0",
        description = "Turns Arabic news article files into a clean, queryable warehouse.",
        subcommands = {RunCommand.class, RestartCommand.class, StopCommand.class, ServeCommand.class, WorkerCommand.class, RecoverCommand.class, AbandonCommand.class, StatusCommand.class,
                QuarantineCommand.class, RequeueCommand.class, InspectCommand.class,
                BiAccountCommand.class, TrainEntitiesCommand.class, TagEntitiesCommand.class, EvaluateEntitiesCommand.class,
                BenchCommand.class},
        footer = {"",
                "Database: H2 under ./data by default. For MariaDB set",
                "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and",
                "SPRING_DATASOURCE_PASSWORD, or pass --spring.datasource.url=...",
                "Exit codes: 0 done, 1 the job failed (or the command was refused),",
                "2 usage error, 3 another run is going."})
class MarsadCommand {
}
