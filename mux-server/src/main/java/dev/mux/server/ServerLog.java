package dev.mux.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the server's log at {@code $XDG_STATE_HOME/mux/server-NAME.log} (else
 * {@code ~/.local/state/mux/}): the server has no terminal, so standard error goes nowhere.
 * Must run before the first logger is created.
 */
final class ServerLog {
    private ServerLog() {}

    static Path configure(Map<String, String> env, Path socket) {
        Path file = directory(env).resolve("server-" + socket.getFileName() + ".log");
        try {
            Files.createDirectories(file.getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        } catch (IOException e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
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
