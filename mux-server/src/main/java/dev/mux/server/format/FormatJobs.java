package dev.mux.server.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The shell commands of {@code #(...)}, as tmux runs them: expanding a format never waits for one.
 * The first expansion starts the command and shows nothing; later ones show the last line it
 * printed, and start it again when it is not running and last started in an earlier second (so the
 * status line, expanded every status-interval, runs it that often). A command whose text changed
 * starts again at once. Used on the loop thread only.
 */
public final class FormatJobs {
    /** Runs a shell command off the loop and hands its whole output back on the loop. */
    @FunctionalInterface
    public interface Runner {
        void run(String command, String directory, Consumer<String> output);
    }

    /** Jobs not asked for in this long are forgotten, as tmux tidies them after an hour. */
    static final long FORGET_AFTER_SECONDS = 3600;

    private final Runner runner;
    private final LongSupplier clock;
    private final Map<String, Job> jobs = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    private static final class Job {
        String expanded;
        String output;
        boolean running;
        long lastStarted = Long.MIN_VALUE;
        long lastAsked;
    }

    /** @param clock seconds since the epoch */
    public FormatJobs(Runner runner, LongSupplier clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** Runs {@code onOutput} whenever a job's output changed, so what shows it can be drawn again. */
    public void onOutput(Runnable onOutput) {
        listeners.add(onOutput);
    }

    /**
     * The last output of the job that {@code command} (as written) names, starting {@code expanded}
     * (the command with its formats expanded) when due; null when it has shown nothing yet.
     */
    public String output(String command, String expanded, String directory) {
        long now = clock.getAsLong();
        forgetOld(now);
        Job job = jobs.computeIfAbsent(command, c -> new Job());
        job.lastAsked = now;
        boolean changed = !expanded.equals(job.expanded);
        if (changed || !job.running && job.lastStarted != now) {
            job.expanded = expanded;
            job.lastStarted = now;
            job.running = true;
            runner.run(expanded, directory, output -> finished(job, expanded, output));
        }
        return job.output;
    }

    private void finished(Job job, String expanded, String output) {
        if (!expanded.equals(job.expanded)) return;
        job.running = false;
        String line = lastLine(output);
        if (line.isEmpty() && job.output != null) return;
        job.output = line;
        listeners.forEach(Runnable::run);
    }

    /** The last line of what a job printed, without its newline. */
    static String lastLine(String output) {
        int end = output.endsWith("\n") ? output.length() - 1 : output.length();
        int start = output.lastIndexOf('\n', end - 1) + 1;
        return output.substring(start, end);
    }

    private void forgetOld(long now) {
        if (jobs.size() < 64) return;
        jobs.values().removeIf(job -> !job.running && now - job.lastAsked >= FORGET_AFTER_SECONDS);
    }
}
