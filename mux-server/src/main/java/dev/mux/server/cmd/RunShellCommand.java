package dev.mux.server.cmd;

import java.util.List;
import java.util.regex.Pattern;

/**
 * run-shell: runs a shell command off the loop (after -d seconds), or with -C a mux command; the
 * requester waits for it unless -b. Its output and a line saying it failed show where tmux 3.3a
 * would put them (see {@link ShellTarget#show}); a command-line client exits with its status.
 */
final class RunShellCommand {
    /** What strtod(3) reads whole: a decimal number, possibly with an exponent, or a hexadecimal one. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|\\s*[+-]?0[xX][0-9a-fA-F]+");

    static final Command COMMAND = new Command(new CommandSpec("run-shell", "run", "bCd:t:", 0, 1,
            "[-bC] [-d delay] [-t target-pane] [shell-command]").target(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            RunShellCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String delay = args.value('d');
        long delayMillis = delay == null ? 0 : delayMillis(delay);
        if (delay == null && args.positional().isEmpty()) return CommandResult.DONE;
        ShellTarget target = ShellTarget.of(context, args);
        String text = args.positional().isEmpty() ? null : args.positional().get(0);
        if (args.has('C')) {
            return afterDelay(context, args, delayMillis, target, () -> {
                if (text != null) runCommands(context, text);
            });
        }
        String command = text == null ? null : target.expand(text);
        if (args.has('b')) {
            context.background().shell(command, delayMillis, target.directory(), result -> show(target, command, result));
            return CommandResult.DONE;
        }
        return context.background().afterShell(command, delayMillis, target.directory(), result -> {
            show(target, command, result);
            return result.status();
        });
    }

    /**
     * The commands of a line (run-shell -C, if-shell's branches), checked whole first: queued to run
     * right after this command, as tmux inserts them, or with no queue running them at once, with the
     * requester's context.
     */
    static void runCommands(CommandContext context, String line) throws CommandException {
        List<List<String>> commands = CommandLineSplitter.splitLine(line, EnvironmentParseHost.of(context));
        for (List<String> words : commands) context.commandTable().check(words);
        if (context.background().insertAfter(commands)) return;
        for (List<String> words : commands) context.commandTable().runOne(words, context);
    }

    private static CommandResult afterDelay(CommandContext context, ParsedArgs args, long delayMillis,
                                            ShellTarget target, Action action) throws CommandException {
        if (delayMillis == 0) {
            action.run();
            return CommandResult.DONE;
        }
        if (args.has('b')) {
            context.background().shell(null, delayMillis, target.directory(), result -> action.run());
            return CommandResult.DONE;
        }
        return context.background().afterShell(null, delayMillis, target.directory(), result -> {
            action.run();
            return 0;
        });
    }

    private static void show(ShellTarget target, String command, ShellResult result) {
        result.lines().forEach(target::show);
        if (result.signal() != 0) {
            target.show("'" + command + "' terminated by signal " + result.signal());
        } else if (result.exitStatus() != 0) {
            target.show("'" + command + "' returned " + result.exitStatus());
        }
    }

    private static long delayMillis(String delay) throws CommandException {
        if (!NUMBER.matcher(delay).matches()) throw new CommandException("invalid delay time: " + delay);
        double seconds = delay.strip().matches("[+-]?0[xX].*") ? Long.decode(delay.strip()) : Double.parseDouble(delay);
        return seconds <= 0 ? 0 : (long) Math.min(seconds * 1000, Long.MAX_VALUE / 1_000_000L);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws CommandException;
    }
}
