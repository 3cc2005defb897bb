package dev.mux.scope;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers every JobRemoved seen on a connection. systemd may finish a job before its caller has
 * read the reply that names it, so the subscription comes first and results are kept until asked for.
 */
final class JobWatch {
    private final Map<String, String> results = new HashMap<>();

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
        return Optional.of(results.get(jobPath));
    }
}
