package org.marsad.app.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When {@code serve} runs the import ({@code marsad.schedule.*}).
 *
 * @param cron a Spring cron expression (second minute hour day month weekday); default
 *             {@code 0 0 2 * * *}, every night at 02:00; empty disables the schedule
 * @param zone the time zone the expression is read in (default UTC)
 */
@ConfigurationProperties("marsad.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("UTC") ZoneId zone) {

    public boolean enabled() {
        return cron != null && !cron.isBlank();
    }
}
