package org.marsad.jobs.operations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** What operators' commands need beside the job: the run lock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunLockProperties.class)
public class OperationsConfiguration {

    @Bean
    RunLock runLock(JdbcTemplate jdbcTemplate, RunLockProperties properties) {
        return new RunLock(jdbcTemplate, properties.heartbeat(), properties.timeout());
    }
}
