package dev.mux.server.cmd;

import dev.mux.platform.proc.ProcFs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * server-access: tmux's list of other users allowed on the server. mux serves its own user (and
 * root) only, so the list is empty, the owner gets tmux's answer, and another user is refused.
 */
final class ServerAccessCommand {
    static final Command COMMAND = new Command(new CommandSpec("server-access", null, "adlrw", 0, 1,
            "[-adlrw] [-t target-pane] [user]"), ServerAccessCommand::run);
    private static final Path PASSWD = Path.of("/etc/passwd");

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('l')) return CommandResult.DONE;
        if (args.positional().isEmpty()) throw new CommandException("missing user argument");
        String name = args.positional(0);
        OptionalLong uid = name.isEmpty() ? OptionalLong.empty() : uidOf(name);
        if (uid.isEmpty()) throw new CommandException("unknown user: " + name);
        if (uid.getAsLong() == 0 || uid.getAsLong() == ownUid()) {
            throw new CommandException(name + " owns the server, can't change access");
        }
        if (args.has('a') && args.has('d')) throw new CommandException("-a and -d cannot be used together");
        if (args.has('w') && args.has('r')) throw new CommandException("-r and -w cannot be used together");
        if (args.has('d')) throw new CommandException("user " + name + " not found");
        if (args.has('a') || args.has('r') || args.has('w')) {
            throw new CommandException("can't allow " + name + ": mux serves only the user who started it");
        }
        return CommandResult.DONE;
    }

    /** The user's uid from the password file, as getpwnam(3) finds a local user. */
    private static OptionalLong uidOf(String name) throws CommandException {
        try (var lines = Files.lines(PASSWD)) {
            return lines.map(line -> line.split(":", -1))
                    .filter(fields -> fields.length > 2 && fields[0].equals(name))
                    .mapToLong(fields -> Long.parseLong(fields[2])).findFirst();
        } catch (IOException | NumberFormatException e) {
            throw new CommandException("unknown user: " + name);
        }
    }

    private static long ownUid() throws CommandException {
        try {
            return new ProcFs().currentUid();
        } catch (IOException e) {
            throw new CommandException("can't read the server's user: " + e.getMessage());
        }
    }
}
