package org.marsad.app.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.marsad.app.run.ImportRunner;
import org.marsad.app.run.RunRefusedException;
import org.marsad.jobs.importing.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the import on a folder on the cron schedule of {@link ScheduleProperties}. One scheduler thread,
 * and every run takes the run lock, so runs never overlap, neither here nor with runs other processes
 * start; a run due while another is going is skipped with a warning.
 */
@Component
@EnableConfigurationProperties(ScheduleProperties.class)
public class ImportSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportSchedule.class);

    private final ImportRunner runner;
    private final ScheduleProperties properties;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ImportSchedule(ImportRunner runner, ScheduleProperties properties) {
        this.runner = runner;
        this.properties = properties;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("import-schedule-");
        scheduler.initialize();
    }

    /** @return when the first run is due, or empty when the schedule is disabled */
    public Optional<Instant> start(Path input) {
        if (!properties.enabled()) {
            log.warn("marsad.schedule.cron is empty: no run is scheduled");
            return Optional.empty();
        }
        CronTrigger trigger = new CronTrigger(properties.cron(), properties.zone());
        scheduler.schedule(() -> runOnce(input), trigger);
        return Optional.ofNullable(trigger.nextExecution(new org.springframework.scheduling.support.SimpleTriggerContext()));
    }

    void runOnce(Path input) {
        try {
            ImportSummary summary = runner.run(input);
            log.info("Scheduled import of {}: {} (execution {}), {} loaded, {} quarantined", input, summary.status(),
                    summary.jobExecutionId(), summary.loaded(), summary.quarantined());
        } catch (RunRefusedException e) {
            log.warn("Scheduled import skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Scheduled import of {} could not run: {}", input, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
