package dev.mux.scope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers every JobRemoved seen on a connection. systemd may finish a job before its caller has
 * read the reply that names it, so the subscription comes first and results are kept until asked for.
 */
final class JobWatch {
    /** A kept connection hears every job of the manager: only the latest results are worth keeping. */
    private static final int KEPT_RESULTS = 256;

    private final Map<String, String> results = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT_RESULTS;
        }
    };

    /** A watch on {@code bus}, subscribed before any job is started. */
    static JobWatch subscribe(BusConnection bus, java.time.Duration timeout) throws BusError {
        JobWatch jobs = new JobWatch();
        bus.onSignal(SystemdManager.JobRemoved.class, jobs::removed);
        bus.call(SystemdManager.BUS_NAME, SystemdManager.PATH, SystemdManager.class, "Subscribe", timeout);
        return jobs;
    }

    synchronized void removed(SystemdManager.JobRemoved signal) {
        results.put(signal.job().getPath(), signal.result());
        notifyAll();
    }

    /** The job's result, or empty when it did not finish within {@code timeoutMillis}. */
    synchronized Optional<String> await(String jobPath, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (!results.containsKey(jobPath)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) return Optional.empty();
            wait(left);
        }
        // Forgotten once read: a connection kept for many jobs must not hold every result it saw.
        return Optional.of(results.remove(jobPath));
    }
}
