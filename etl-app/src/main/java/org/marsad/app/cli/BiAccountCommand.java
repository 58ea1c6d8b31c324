package org.marsad.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.jobs.warehouse.BiReaderAccount;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bi-account", mixinStandardHelpOptions = true,
        description = "Creates or updates the read-only MariaDB account for BI tools: SELECT on every bi_ view,"
                + " nothing else. Run it again after an upgrade to grant views added since.",
        footer = {"", "The password comes from MARSAD_BI_PASSWORD, or is asked for with --password.", "",
                "Examples:",
                "  export SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/test SPRING_DATASOURCE_USERNAME=root",
                "  MARSAD_BI_PASSWORD=change-me java -jar etl-app/target/marsad.jar bi-account --user marsad_bi",
                "  java -jar etl-app/target/marsad.jar bi-account --user metabase --host 10.0.0.%% --password"})
final class BiAccountCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "MARSAD_BI_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Option(names = "--user", required = true, description = "Account name (letters, digits, _).")
    private String user;

    @Option(names = "--host", defaultValue = "%", description = "Hosts it may connect from (default: ${DEFAULT-VALUE}, any).")
    private String host;

    @Option(names = "--password", interactive = true, arity = "0..1", description = "Ask for the password instead of reading "
            + PASSWORD_VARIABLE + ".")
    private char[] password;

    private final SpringContext context;

    BiAccountCommand(SpringContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String secret = password != null ? new String(password) : System.getenv(PASSWORD_VARIABLE);
        if (secret == null || secret.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no password: set " + PASSWORD_VARIABLE + " or pass --password");
        }
        try {
            List<String> views = context.getBean(BiReaderAccount.class).createOrUpdate(user, host, secret);
            spec.commandLine().getOut().printf("Account '%s'@'%s' may read %d views: %s%n", user, host, views.size(),
                    String.join(", ", views));
            return 0;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
