package dev.mux.client;

import java.util.Arrays;
import java.util.List;

/**
 * The flags before the command, parsed the way tmux's getopt does: flags may be clustered
 * ({@code -VL name}, {@code -Lname}), {@code --} ends them, and the first word that is not a flag
 * starts the command, whose own flags the server parses.
 */
record GlobalOptions(String socketName, String socketPath, String configFile, boolean help, boolean version,
                     int controlLevel, List<String> command) {

    static final String USAGE = "usage: mux [-CChV] [-f file] [-L socket-name] [-S socket-path] [command [flags]]";

    /** What runs when no command is given, as in tmux. */
    static final String DEFAULT_COMMAND = "new-session";

    GlobalOptions {
        command = List.copyOf(command);
    }

    static GlobalOptions parse(String... args) throws ClientException {
        String socketName = null;
        String socketPath = null;
        String configFile = null;
        boolean help = false;
        boolean version = false;
        int controlLevel = 0;
        int next = 0;
        while (next < args.length) {
            String arg = args[next];
            if (arg.equals("--")) {
                next++;
                break;
            }
            if (arg.equals("--help")) {
                help = true;
                next++;
                continue;
            }
            if (!arg.startsWith("-") || arg.length() == 1) break;
            next++;
            for (int i = 1; i < arg.length(); i++) {
                char flag = arg.charAt(i);
                if (flag == 'h') {
                    help = true;
                } else if (flag == 'V') {
                    version = true;
                } else if (flag == 'C') {
                    // As tmux's: -C is control mode, given twice (-CC) also for a terminal that is one.
                    controlLevel = Math.min(2, controlLevel + 1);
                } else if (flag == 'L' || flag == 'S' || flag == 'f') {
                    String value;
                    if (i + 1 < arg.length()) {
                        value = arg.substring(i + 1);
                    } else if (next < args.length) {
                        value = args[next++];
                    } else {
                        throw usageError("option requires an argument -- " + flag);
                    }
                    if (flag == 'L') socketName = value;
                    else if (flag == 'S') socketPath = value;
                    else configFile = value;
                    break;
                } else {
                    throw usageError("unknown option -- " + flag);
                }
            }
        }
        List<String> command = next < args.length
                ? Arrays.asList(args).subList(next, args.length)
                : List.of(DEFAULT_COMMAND);
        return new GlobalOptions(socketName, socketPath, configFile, help, version, controlLevel, command);
    }

    /** Whether the client speaks the control protocol on its standard input and output. */
    boolean control() {
        return controlLevel > 0;
    }

    /** The command's name, which decides whether a server may be started and a terminal read. */
    String commandName() {
        return command.get(0);
    }

    private static ClientException usageError(String problem) {
        return new ClientException("mux: " + problem + "\n" + USAGE);
    }
}
