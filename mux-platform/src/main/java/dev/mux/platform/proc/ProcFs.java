package dev.mux.platform.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one reader of {@code /proc}, for the client and the server alike: a process's stat fields,
 * name, command line, working directory, starting environment, cgroups and owner, this process's
 * own descriptors and user, and the host name. Only plain file reads: nothing here loads a native library, so the client
 * can use it at start-up. What the answers mean to mux (a stop's processes, a pane's foreground
 * program) is decided by the callers. Stateless, so safe on any thread.
 */
public final class ProcFs {
    private final Path root;

    /** The system's {@code /proc}. */
    public ProcFs() {
        this(Path.of("/proc"));
    }

    /** A {@code /proc} mounted elsewhere, or a copy of one. */
    public ProcFs(Path root) {
        this.root = root;
    }

    /** The pid of every process now. */
    public List<Long> pids() throws IOException {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                long pid = pidOf(entry.getFileName().toString());
                if (pid > 0) pids.add(pid);
            }
        }
        return pids;
    }

    /** The process's stat fields, or empty if it is gone. */
    public Optional<ProcStat> stat(long pid) {
        try {
            // ISO-8859-1: the command name is bytes, and any bytes must read.
            return ProcStat.parse(pid, Files.readString(dir(pid).resolve("stat"), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The process's name as the kernel keeps it (comm), or empty if it is gone. */
    public Optional<String> name(long pid) {
        try {
            return Optional.of(Files.readString(dir(pid).resolve("comm"), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The command line with spaces between its arguments, empty when it has none (a zombie, a
     * kernel thread); no answer if the process is gone.
     */
    public Optional<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(dir(pid).resolve("cmdline"));
            return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The process's working directory, or empty if it is gone or not ours to read. */
    public Optional<String> workingDirectory(long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(dir(pid).resolve("cwd")).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The environment the process started with, one {@code NAME=value} a string; empty when it is
     * gone or not ours (other users' environments are unreadable).
     */
    public List<String> environment(long pid) {
        try {
            byte[] raw = Files.readAllBytes(dir(pid).resolve("environ"));
            return raw.length == 0 ? List.of() : Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The content of the process's {@code cgroup} file, or empty if it is gone. */
    public Optional<String> cgroups(long pid) {
        try {
            return Optional.of(Files.readString(dir(pid).resolve("cgroup")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The machine's host name as the kernel keeps it, or empty if it cannot be read. */
    public Optional<String> hostName() {
        try {
            return Optional.of(Files.readString(root.resolve("sys").resolve("kernel").resolve("hostname")).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The uid the process runs as: the owner of its directory in {@code /proc}. */
    public long uid(long pid) throws IOException {
        return uidOf(dir(pid));
    }

    /**
     * This process's uid. The JDK has no call for it; its directory in {@code /proc} is owned by
     * it. The socket directory is named after it.
     */
    public long currentUid() throws IOException {
        return uidOf(root.resolve("self"));
    }

    /** This process's user, as the JDK names users: what peer credentials are compared with. */
    public UserPrincipal currentUser() throws IOException {
        return Files.getOwner(root.resolve("self"));
    }

    /** What this process's descriptor {@code fd} is open on, or empty if that cannot be read. */
    public Optional<Path> ownDescriptor(int fd) {
        try {
            return Optional.of(Files.readSymbolicLink(root.resolve("self").resolve("fd").resolve(Integer.toString(fd))));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private Path dir(long pid) {
        return root.resolve(Long.toString(pid));
    }

    private static long uidOf(Path processDirectory) throws IOException {
        try {
            return ((Number) Files.getAttribute(processDirectory, "unix:uid")).longValue();
        } catch (UnsupportedOperationException e) {
            throw new IOException("no unix:uid attribute: " + e.getMessage(), e);
        }
    }

    private static long pidOf(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') return -1;
        }
        return name.isEmpty() ? -1 : Long.parseLong(name);
    }
}
