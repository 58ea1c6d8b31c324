package org.marsad.jobs.warehouse;

/** The warehouse on H2 in MariaDB mode, the embedded default. */
class WarehouseH2IT extends WarehouseScenarios {
}
