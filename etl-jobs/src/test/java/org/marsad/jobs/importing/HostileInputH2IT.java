package org.marsad.jobs.importing;

/** The hostile folder on H2 in MariaDB mode, the embedded default. */
class HostileInputH2IT extends HostileInputScenarios {
}
