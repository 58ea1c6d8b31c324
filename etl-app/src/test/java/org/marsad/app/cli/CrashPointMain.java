package org.marsad.app.cli;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.marsad.app.MarsadApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application as {@code java -jar marsad.jar} runs it, for a separate JVM that a test kills with
 * SIGKILL at a chosen point: when the Nth execution of a statement starting with a given SQL prefix is
 * about to run, it writes a marker file and waits to be killed. Arguments: SQL prefix, N, marker file,
 * then the command line.
 */
public final class CrashPointMain {

    private CrashPointMain() {
    }

    public static void main(String[] args) {
        String prefix = args[0];
        int nth = Integer.parseInt(args[1]);
        Path marker = Path.of(args[2]);
        String[] command = Arrays.copyOfRange(args, 3, args.length);
        BeanPostProcessor crashPoint = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof CrashingDataSource) ? new CrashingDataSource(ds, prefix, nth, marker) : bean;
            }
        };
        int exit = new MarsadCommandLine(settings -> {
            SpringApplication app = new SpringApplication(MarsadApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(crashPoint));
            return app.run(settings);
        }).execute(command);
        System.exit(exit);
    }

    static final class CrashingDataSource extends DelegatingDataSource {

        private final String prefix;
        private final int nth;
        private final Path marker;
        private final AtomicInteger seen = new AtomicInteger();

        CrashingDataSource(DataSource target, String prefix, int nth, Path marker) {
            super(target);
            this.prefix = prefix;
            this.nth = nth;
            this.marker = marker;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(connection, method, args);
                        if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                                && sql.strip().startsWith(prefix)) {
                            return watched((PreparedStatement) result);
                        }
                        return result;
                    });
        }

        private PreparedStatement watched(PreparedStatement statement) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().startsWith("execute") && seen.incrementAndGet() == nth) {
                    waitForTheKill();
                }
                return invoke(statement, method, args);
            };
            return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
        }

        private void waitForTheKill() throws IOException, InterruptedException {
            Files.writeString(marker, "at the crash point");
            Thread.sleep(Long.MAX_VALUE);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
