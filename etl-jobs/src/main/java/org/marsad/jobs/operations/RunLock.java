package org.marsad.jobs.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one lock every import holds while it works, kept in the database so that it holds across
 * processes and machines. The holder beats a heartbeat into its row; a row may be taken over only when
 * its owner is proven gone: a process of this host that no longer exists (or a lease of this JVM that
 * was never released), or a heartbeat older than the time-out. While a process holds the lock, any
 * execution the job repository still shows as running was left by a process that is gone.
 */
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    static final String IMPORT = "articleImport";
    /** Leases held in this JVM: a row naming this process but none of these was left behind by it. */
    private static final Set<String> LIVE_TOKENS = ConcurrentHashMap.newKeySet();

    private final JdbcTemplate jdbc;
    private final Duration heartbeat;
    private final Duration timeout;
    private final String host = localHost();
    private final long pid = ProcessHandle.current().pid();

    public RunLock(JdbcTemplate jdbc, Duration heartbeat, Duration timeout) {
        this.jdbc = jdbc;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
    }

    /** Who holds the lock. */
    public record Holder(String host, long pid, LocalDateTime acquiredAt, LocalDateTime heartbeatAt, String token) {

        @Override
        public String toString() {
            return "process " + pid + " on " + host + " since " + acquiredAt;
        }
    }

    /** Outcome of an attempt: a lease, or the live holder that refused it. */
    public record Attempt(Lease lease, Holder holder) {

        public boolean acquired() {
            return lease != null;
        }
    }

    /** Takes the lock, taking it over from an owner proven gone; refuses while a live owner holds it. */
    public Attempt acquire() {
        for (int tries = 0; tries < 3; tries++) {
            String token = UUID.randomUUID().toString();
            try {
                jdbc.update("INSERT INTO run_lock (lock_name, owner_host, owner_pid, owner_token, acquired_at, heartbeat_at) "
                        + "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))", IMPORT, host, pid, token);
                return new Attempt(new Lease(token), null);
            } catch (DuplicateKeyException held) {
                Optional<Holder> holder = holder();
                if (holder.isPresent() && isAlive(holder.get())) {
                    return new Attempt(null, holder.get());
                }
                holder.ifPresent(gone -> {
                    log.warn("Taking over the run lock from {}: that process is gone", gone);
                    jdbc.update("DELETE FROM run_lock WHERE lock_name = ? AND owner_token = ?", IMPORT, gone.token());
                });
            }
        }
        throw new IllegalStateException("the run lock changed hands three times while being taken; try again");
    }

    public Optional<Holder> holder() {
        List<Holder> rows = jdbc.query("SELECT owner_host, owner_pid, acquired_at, heartbeat_at, owner_token FROM run_lock WHERE lock_name = ?",
                (rs, i) -> new Holder(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)), IMPORT);
        return rows.stream().findFirst();
    }

    /** Whether a holder is provably still working: proof of death wins, then the heartbeat decides. */
    boolean isAlive(Holder holder) {
        if (holder.host().equals(host)) {
            if (holder.pid() == pid) {
                return LIVE_TOKENS.contains(holder.token());
            }
            if (!ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                return false;
            }
        }
        LocalDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP(3)", java.sql.Timestamp.class).toLocalDateTime();
        return Duration.between(holder.heartbeatAt(), now).compareTo(timeout) < 0;
    }

    /** The held lock: beats its heartbeat until closed. */
    public final class Lease implements AutoCloseable {

        private final String token;
        private final ScheduledExecutorService beats;

        private Lease(String token) {
            this.token = token;
            LIVE_TOKENS.add(token);
            beats = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "run-lock-heartbeat");
                t.setDaemon(true);
                return t;
            });
            beats.scheduleAtFixedRate(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void beat() {
            try {
                jdbc.update("UPDATE run_lock SET heartbeat_at = CURRENT_TIMESTAMP(3) WHERE lock_name = ? AND owner_token = ?", IMPORT, token);
            } catch (RuntimeException e) {
                // the run itself will fail on the same database; a missed beat only ages the heartbeat
                log.warn("Could not beat the run lock's heartbeat: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            beats.shutdownNow();
            LIVE_TOKENS.remove(token);
            jdbc.update("DELETE FROM run_lock WHERE lock_name = ? AND owner_token = ?", IMPORT, token);
        }
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
