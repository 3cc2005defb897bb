package dev.mux.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the server's log at {@code $XDG_STATE_HOME/mux/server-NAME.log} (else
 * {@code ~/.local/state/mux/}): the server has no terminal, so standard error goes nowhere.
 * The logger writes to standard error, which becomes the {@link LogFile} (appended to, private,
 * bounded): so does whatever else the JVM's Java code prints there, an uncaught exception's trace
 * among them. Must run before the first logger is created.
 */
final class ServerLog {
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
        return file;
    }

    private static Path directory(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && Path.of(state).isAbsolute()) return Path.of(state, "mux");
        String home = env.getOrDefault("HOME", "/tmp");
        return Path.of(home, ".local", "state", "mux");
    }
}
