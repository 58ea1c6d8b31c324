package org.marsad.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration the job tests start: the jobs with Boot's batch, JDBC and Flyway setup. */
@SpringBootApplication
public class JobsTestApplication {
}
