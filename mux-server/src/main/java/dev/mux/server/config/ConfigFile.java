package dev.mux.server.config;

import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandLineSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a file of commands in tmux's syntax (mux.conf, source-file). Every command runs even after
 * an error; each error becomes one line naming the file and line, as tmux reports them.
 */
public final class ConfigFile {
    /** Runs one parsed command line. */
    @FunctionalInterface
    public interface Runner {
        void run(List<String> argv) throws CommandException;
    }

    /** Bounds a file that sources itself, as tmux does. */
    public static final int MAX_DEPTH = 50;
    /** Far more than any config file: what is larger is not one. */
    static final int MAX_FILE_BYTES = 1 << 20;
    /** The file type in st_mode, and its value for a FIFO (S_IFMT, S_IFIFO). */
    private static final int FILE_TYPE_BITS = 0170000;
    private static final int NAMED_PIPE = 0010000;

    private ConfigFile() {}

    /** Runs {@code file}'s commands; returns the errors, empty when all went well. */
    public static List<String> run(Path file, Runner runner) {
        List<String> errors = new ArrayList<>();
        List<String> lines;
        try {
            lines = readLines(file);
        } catch (IOException e) {
            errors.add(file + ": " + reason(e));
            return errors;
        }
        int lineNumber = 0;
        while (lineNumber < lines.size()) {
            int first = lineNumber;
            StringBuilder logical = new StringBuilder(lines.get(lineNumber++));
            while (endsWithContinuation(logical) && lineNumber < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(lineNumber++));
            }
            runLine(file, first + 1, logical.toString(), runner, errors);
        }
        return errors;
    }

    private static void runLine(Path file, int lineNumber, String line, Runner runner, List<String> errors) {
        List<List<String>> commands;
        try {
            commands = CommandLineSplitter.splitLine(line);
        } catch (CommandException e) {
            errors.add(file + ":" + lineNumber + ": " + e.getMessage());
            return;
        }
        for (List<String> argv : commands) {
            try {
                runner.run(argv);
            } catch (CommandException e) {
                errors.add(file + ":" + lineNumber + ": " + e.getMessage());
            }
        }
    }

    /**
     * The file's lines, read on the server's loop: a named pipe could block it for good and a huge
     * file (a log, /dev/zero) hold it up and fill the heap, so both are refused.
     */
    private static List<String> readLines(Path file) throws IOException {
        int mode = ((Number) Files.getAttribute(file, "unix:mode")).intValue();
        if ((mode & FILE_TYPE_BITS) == NAMED_PIPE) throw new IOException("a named pipe, not a file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) throw new IOException("larger than " + MAX_FILE_BYTES / 1024 + " KiB");
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
    }

    /** An odd number of backslashes at the end joins the next line; an even number is literal. */
    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        return e.getMessage();
    }

    /**
     * The file a server reads at start-up when not given one: {@code $XDG_CONFIG_HOME/mux/mux.conf}
     * (else {@code ~/.config/mux/mux.conf}), else {@code ~/.mux.conf}; null when neither exists.
     */
    public static Path defaultFile(Map<String, String> env) {
        String home = env.get("HOME");
        String xdg = env.get("XDG_CONFIG_HOME");
        List<Path> candidates = new ArrayList<>();
        if (xdg != null && Path.of(xdg).isAbsolute()) candidates.add(Path.of(xdg, "mux", "mux.conf"));
        if (home != null) {
            candidates.add(Path.of(home, ".config", "mux", "mux.conf"));
            candidates.add(Path.of(home, ".mux.conf"));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }
}
