package dev.mux.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Points the server's log at {@code $XDG_STATE_HOME/mux/server-NAME.log} (else
 * {@code ~/.local/state/mux/}): the server has no terminal, so standard error goes nowhere.
 * The logger writes to standard error, which becomes the {@link LogFile} (appended to, private,
 * bounded): so does whatever else the JVM's Java code prints there, an uncaught exception's trace
 * among them. Must run before the first logger is created.
 */
final class ServerLog {
    private static final long START_WAIT_MILLIS = 5_000;
    private static volatile Thread starting;

    private ServerLog() {}

    static Path configure(Map<String, String> env, Path socket) {
        Path file = directory(env).resolve("server-" + socket.getFileName() + ".log");
        try {
            System.setErr(new PrintStream(LogFile.open(file, LogFile.MAX_BYTES), true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Standard error as it is, which is where the reason this failed goes.
            System.err.println("mux-server: cannot open log " + file + ": " + e.getMessage());
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.log.com.pty4j", "warn");
        // dbus-java logs each connection's transport at info; the scope registrar logs its own one line.
        System.setProperty("org.slf4j.simpleLogger.log.org.freedesktop.dbus", "warn");
        // The logger named rather than looked for: slf4j otherwise opens every jar on the class path
        // for its service files. Its own notes on that are info, and its warning that it replays
        // calls made while it started is about what startInBackground means to happen: only its
        // errors reach the log.
        System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        return file;
    }

    /**
     * Starts the logger on a thread of its own, so that the way to the first pane does not wait for
     * it: its date format alone loads the JDK's calendar and locale data. A logger asked for
     * meanwhile is a stand-in that keeps what it is told and hands it to the real one when ready
     * (slf4j's own provision for loggers used during its start).
     */
    static void startInBackground() {
        CountDownLatch entered = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            // slf4j hands out stand-ins only once its start has begun, under its class's lock; a
            // logger asked for before that makes the asking thread start slf4j itself, or wait for
            // this one to finish (on a busy machine the usual case, this thread not having run yet).
            // So the caller goes on only once this thread holds the lock, with the class loaded,
            // and is about to mark the start as begun.
            synchronized (LoggerFactory.class) {
                initialize(LoggerFactory.class);
                entered.countDown();
                LoggerFactory.getILoggerFactory();
            }
        }, "log-start");
        thread.setDaemon(true);
        thread.start();
        starting = thread;
        try {
            entered.await(START_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Before the process exits: waits for the logger's start, which is also when the stand-ins hand
     * on what they kept, so that a server that ends early (another already answers, it failed)
     * still leaves its lines in the log.
     */
    static void awaitStart() {
        Thread thread = starting;
        if (thread == null) return;
        try {
            thread.join(START_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path directory(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && Path.of(state).isAbsolute()) return Path.of(state, "mux");
        String home = env.getOrDefault("HOME", "/tmp");
        return Path.of(home, ".local", "state", "mux");
    }
}
