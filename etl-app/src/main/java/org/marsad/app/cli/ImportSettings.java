package org.marsad.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.marsad.jobs.importing.ImportProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The {@code marsad.import.*} settings as a run would bind them (command-line settings, then system
 * properties and environment variables, then application.properties), for commands that build the
 * extraction pipeline without starting the application and its database.
 */
final class ImportSettings {

    private ImportSettings() {
    }

    static ImportProperties bind(String[] settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings));
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("application.properties could not be read", e);
        }
        Binder binder = new Binder(ConfigurationPropertySources.get(environment), null, ApplicationConversionService.getSharedInstance());
        return binder.bindOrCreate("marsad.import", ImportProperties.class);
    }
}
