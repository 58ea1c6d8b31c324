package org.marsad.app;

import org.marsad.app.cli.MarsadCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Marsad application. {@code main} parses the command line first and starts Spring only for a
 * command that needs the database, so {@code --help} and usage errors answer at once.
 */
@SpringBootApplication(scanBasePackages = "org.marsad")
public class MarsadApplication {

    public static void main(String[] args) {
        String refusal = FileNameEncoding.refusal(System.getProperty("sun.jnu.encoding"));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(1);
        }
        System.exit(MarsadCommandLine.standard().execute(args));
    }
}
