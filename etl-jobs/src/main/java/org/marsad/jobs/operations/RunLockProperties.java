package org.marsad.jobs.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the run lock ({@code marsad.lock.*}).
 *
 * @param heartbeat how often a run proves it is alive (default 10s)
 * @param timeout   a run on another host whose heartbeat is older than this is taken for gone
 *                  (default 60s); on the same host a dead process is seen at once
 */
@ConfigurationProperties("marsad.lock")
public record RunLockProperties(@DefaultValue("10s") Duration heartbeat, @DefaultValue("60s") Duration timeout) {

    public RunLockProperties {
        if (timeout.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("marsad.lock.timeout must be at least twice marsad.lock.heartbeat");
        }
    }
}
