package dev.mux.server.config;

import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandParser;
import dev.mux.server.cmd.ParseHost;
import dev.mux.server.cmd.Sourcing;
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
 * Runs a file of commands in tmux's syntax (mux.conf, source-file). The whole file is parsed
 * first, as tmux parses it ({@link CommandParser}: blocks, %if, assignments and variables); text
 * that is no command at all stops the file with one {@code file:line: syntax error}. Otherwise
 * every command runs, even after one fails; each failure becomes one line naming the file and the
 * line, as tmux reports a config file's errors.
 */
public final class ConfigFile {
    /** Runs one parsed command, which ends on {@code line} of the file. */
    @FunctionalInterface
    public interface Runner {
        void run(int line, List<String> argv) throws CommandException;

        /**
         * How a command's failure is reported: with its file and line, as tmux keeps the errors of
         * commands that have no client; one that has a client says the message alone.
         */
        default String failure(Path file, int line, String message) {
            return file + ":" + line + ": " + message;
        }

        /** What tmux finds as it parses, before anything runs: an unknown command, a bad flag, too many arguments. */
        default void check(List<String> argv) throws CommandException {
        }
    }

    /** Bounds a file that sources itself, as tmux does. */
    public static final int MAX_DEPTH = 50;
    /** Far more than any config file: what is larger is not one. */
    static final int MAX_FILE_BYTES = 1 << 20;
    /** The file type in st_mode, and its value for a FIFO (S_IFMT, S_IFIFO). */
    private static final int FILE_TYPE_BITS = 0170000;
    private static final int NAMED_PIPE = 0010000;

    private ConfigFile() {}

    /** Runs {@code file}'s commands with no variables and no conditions; returns the errors. */
    public static List<String> run(Path file, Runner runner) {
        return run(file, ParseHost.NONE, runner).all();
    }

    /** Runs {@code file}'s commands, its variables and conditions asked of {@code host}. */
    public static Sourcing.Result run(Path file, ParseHost host, Runner runner) {
        List<String> errors = new ArrayList<>();
        String text;
        try {
            text = read(file);
        } catch (IOException e) {
            errors.add(file + ": " + reason(e));
            return new Sourcing.Result(List.of(), errors);
        }
        List<CommandParser.Parsed> commands;
        try {
            commands = CommandParser.parse(text, 1, host);
        } catch (CommandParser.SyntaxException e) {
            return new Sourcing.Result(List.of(file + ":" + e.line() + ": " + e.getMessage()), List.of());
        }
        // As tmux, a command that does not parse fails the whole file, which then runs nothing.
        for (CommandParser.Parsed command : commands) {
            try {
                runner.check(command.words());
            } catch (CommandException e) {
                return new Sourcing.Result(List.of(file + ":" + command.line() + ": " + e.getMessage()), List.of());
            }
        }
        for (CommandParser.Parsed command : commands) {
            try {
                runner.run(command.line(), command.words());
            } catch (CommandException e) {
                // An empty message: the command reported its errors itself (a nested source-file).
                if (!e.getMessage().isEmpty()) errors.add(runner.failure(file, command.line(), e.getMessage()));
            }
        }
        return new Sourcing.Result(List.of(), errors);
    }

    /**
     * The file's lines, read on the server's loop: a named pipe could block it for good and a huge
     * file (a log, /dev/zero) hold it up and fill the heap, so both are refused.
     */
    private static String read(Path file) throws IOException {
        int mode = ((Number) Files.getAttribute(file, "unix:mode")).intValue();
        if ((mode & FILE_TYPE_BITS) == NAMED_PIPE) throw new IOException("a named pipe, not a file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) throw new IOException("larger than " + MAX_FILE_BYTES / 1024 + " KiB");
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
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
