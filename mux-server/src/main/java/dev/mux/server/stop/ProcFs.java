package dev.mux.server.stop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of {@code /proc}: process states, groups, sessions, command lines, and the mux
 * variables a process started with. Everything else asks it. Not thread-safe: the loop owns it.
 */
public final class ProcFs {
    private static final Path PROC = Path.of("/proc");
    /** Longest command line kept for reports; the rest is cut. */
    private static final int COMMAND_MAX_CHARS = 200;
    /** Fields of /proc/PID/stat after the command name, counted from the state (field 3). */
    private static final int STATE = 0;
    private static final int PPID = 1;
    private static final int PGRP = 2;
    private static final int SESSION = 3;
    private static final int TPGID = 5;
    private static final int START_TIME = 19;

    /** The mux variables of each process, read once: a process's starting environment never changes. */
    private final Map<Long, Marker> markers = new HashMap<>();

    private record Marker(long startTicks, String muxServer, String muxPane) {}

    private interface MarkerSource {
        Marker of(long pid, long startTicks);
    }

    /** Every process now, with its mux variables. */
    public ProcSnapshot snapshot() {
        Map<Long, ProcInfo> processes = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                long pid = pidOf(entry.getFileName().toString());
                if (pid > 0) read(pid, this::marker).ifPresent(info -> processes.put(pid, info));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc: " + e.getMessage(), e);
        }
        markers.keySet().retainAll(processes.keySet());
        return new ProcSnapshot(processes);
    }

    /**
     * One process, or empty if it is gone. Its mux variables are read afresh: only a snapshot keeps
     * them, since only a snapshot knows which processes are gone and can forget theirs.
     */
    public Optional<ProcInfo> read(long pid) {
        return read(pid, ProcFs::readMarker);
    }

    private Optional<ProcInfo> read(long pid, MarkerSource markerSource) {
        String stat;
        try {
            stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Optional.empty();
        }
        // The command name is in parentheses and may itself contain ") ": the last one ends it.
        int close = stat.lastIndexOf(')');
        if (close < 0 || close + 2 >= stat.length()) return Optional.empty();
        String[] fields = stat.substring(close + 2).split(" ");
        if (fields.length <= START_TIME) return Optional.empty();
        long startTicks = Long.parseLong(fields[START_TIME]);
        Marker marker = markerSource.of(pid, startTicks);
        return Optional.of(new ProcInfo(pid, Long.parseLong(fields[PPID]), Long.parseLong(fields[PGRP]),
                Long.parseLong(fields[SESSION]), Long.parseLong(fields[TPGID]), ProcState.of(fields[STATE].charAt(0)),
                startTicks, marker.muxServer(), marker.muxPane()));
    }

    /** The command line with spaces between arguments, or the bracketed name when it has none (zombies). */
    public String commandLine(long pid) {
        Path dir = PROC.resolve(Long.toString(pid));
        try {
            byte[] raw = Files.readAllBytes(dir.resolve("cmdline"));
            String line = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
            if (line.isEmpty()) line = "[" + Files.readString(dir.resolve("comm"), StandardCharsets.UTF_8).strip() + "]";
            return line.length() > COMMAND_MAX_CHARS ? line.substring(0, COMMAND_MAX_CHARS) + "..." : line;
        } catch (IOException e) {
            return "?";
        }
    }

    /** The process's name as the kernel keeps it (comm), or empty if it is gone. */
    public String name(long pid) {
        try {
            return Files.readString(PROC.resolve(Long.toString(pid)).resolve("comm"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** The process's working directory, or empty if it is gone or not ours to read. */
    public String workingDirectory(long pid) {
        try {
            return Files.readSymbolicLink(PROC.resolve(Long.toString(pid)).resolve("cwd")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private Marker marker(long pid, long startTicks) {
        Marker known = markers.get(pid);
        if (known != null && known.startTicks() == startTicks) return known;
        Marker read = readMarker(pid, startTicks);
        markers.put(pid, read);
        return read;
    }

    /** Other users' environments are unreadable: such a process is simply unmarked. */
    private static Marker readMarker(long pid, long startTicks) {
        String server = null;
        String pane = null;
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
            for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
                if (entry.startsWith("MUX=")) server = entry.substring(4);
                if (entry.startsWith("MUX_PANE=")) pane = entry.substring(9);
            }
        } catch (IOException e) {
            // Not ours, or gone: no marker.
        }
        return new Marker(startTicks, server, pane);
    }

    private static long pidOf(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') return -1;
        }
        return name.isEmpty() ? -1 : Long.parseLong(name);
    }
}
