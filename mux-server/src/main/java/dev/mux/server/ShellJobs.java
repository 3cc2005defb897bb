package dev.mux.server;

import dev.mux.server.cmd.ShellResult;
import dev.mux.server.loop.EventLoop;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The shell commands of run-shell and if-shell, each waited for on a thread of its own: one that
 * never ends holds only its thread and the request that waits for it, never the loop, other
 * clients or the blocking-work thread. Standard error goes nowhere, as tmux's jobs; standard output
 * is kept up to a bound, the rest read and dropped. Jobs still running when the server exits are
 * terminated with it, as tmux's are.
 */
final class ShellJobs {
    /** Output kept of one job, in characters. */
    static final int MAX_OUTPUT = 1 << 20;
    private static final File NOWHERE = new File("/dev/null");

    private final EventLoop loop;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "shell-job");
        thread.setDaemon(true);
        return thread;
    });

    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    ShellJobs(EventLoop loop) {
        this.loop = loop;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(Process::destroy), "shell-jobs-exit"));
    }

    /**
     * After {@code delayMillis}, runs {@code /bin/sh -c command} in {@code directory} (home, else /,
     * when it is not one), then gives {@code done} its result on the loop, or {@code failed} why it
     * could not start. A null command only waits: its result is empty and successful.
     */
    void run(String command, long delayMillis, String directory, Consumer<ShellResult> done, Consumer<String> failed) {
        threads.execute(() -> {
            pause(delayMillis);
            if (command == null) {
                loop.post(() -> done.accept(new ShellResult(List.of(), 0, 0)));
                return;
            }
            Process process;
            try {
                process = new ProcessBuilder("/bin/sh", "-c", command)
                        .directory(directoryOrHome(directory))
                        .redirectInput(NOWHERE)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                loop.post(() -> failed.accept("failed to run command: " + command));
                return;
            }
            running.add(process);
            List<String> lines = read(process);
            int status = waitFor(process);
            running.remove(process);
            // The JDK reports a process killed by signal N as 128 + N, as a shell does.
            ShellResult result = status > 128 && status < 128 + 65 ? new ShellResult(lines, 0, status - 128)
                    : new ShellResult(lines, status, 0);
            loop.post(() -> done.accept(result));
        });
    }

    private static void pause(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        for (long left = millis; left > 0; left = (deadline - System.nanoTime()) / 1_000_000L) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                // Only the JVM's exit interrupts these daemon threads.
            }
        }
    }

    private static List<String> read(Process process) {
        List<String> lines = new ArrayList<>();
        long kept = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (kept + line.length() > MAX_OUTPUT) continue;
                kept += line.length();
                lines.add(line);
            }
        } catch (IOException e) {
            // The pipe broke: what was read is what the job said.
        }
        return lines;
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // Only the JVM's exit interrupts these daemon threads; keep waiting until then.
            }
        }
    }

    private static File directoryOrHome(String directory) {
        if (directory != null && Files.isDirectory(Path.of(directory))) return new File(directory);
        String home = System.getenv("HOME");
        return home != null && Files.isDirectory(Path.of(home)) ? new File(home) : new File("/");
    }
}
