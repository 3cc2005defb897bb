package dev.mux.server.cmd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one table of commands, shared by the command line, key bindings, the config file and the
 * command prompt. Lookup follows tmux: exact name or alias, else a unique prefix of a name.
 */
public final class CommandTable {
    private final List<Command> commands;
    private CommandHooks hooks = CommandHooks.NONE;
    private CommandAliases aliases = CommandAliases.none();

    public CommandTable(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    public static CommandTable standard() {
        return new CommandTable(List.of(
                AttachSessionCommand.COMMAND,
                BindKeyCommand.COMMAND,
                BreakPaneCommand.COMMAND,
                PromptHistoryCommand.CLEAR,
                CapturePaneCommand.COMMAND,
                ClearHistoryCommand.COMMAND,
                ChooseBufferCommand.COMMAND,
                ChooseClientCommand.COMMAND,
                ChooseTreeCommand.COMMAND,
                ClockModeCommand.COMMAND,
                CommandPromptCommand.COMMAND,
                ConfirmBeforeCommand.COMMAND,
                CopyModeCommand.COMMAND,
                CustomizeModeCommand.COMMAND,
                DeleteBufferCommand.COMMAND,
                DetachClientCommand.COMMAND,
                DisplayMessageCommand.COMMAND,
                DisplayMenuCommand.COMMAND,
                DisplayPopupCommand.COMMAND,
                DisplayPanesCommand.COMMAND,
                FindWindowCommand.COMMAND,
                HasSessionCommand.COMMAND,
                IfShellCommand.COMMAND,
                JoinPaneCommand.JOIN,
                KillPaneCommand.COMMAND,
                KillServerCommand.COMMAND,
                KillSessionCommand.COMMAND,
                KillWindowCommand.COMMAND,
                LastPaneCommand.COMMAND,
                LastWindowCommand.COMMAND,
                LinkWindowCommand.COMMAND,
                ListBuffersCommand.COMMAND,
                ListClientsCommand.COMMAND,
                ListCommandsCommand.COMMAND,
                ListJobsCommand.COMMAND,
                ListKeysCommand.COMMAND,
                ListPanesCommand.COMMAND,
                ListSessionsCommand.COMMAND,
                ListWindowsCommand.COMMAND,
                LoadBufferCommand.COMMAND,
                LockCommand.CLIENT,
                LockCommand.SERVER,
                LockCommand.SESSION,
                JoinPaneCommand.MOVE,
                MoveWindowCommand.COMMAND,
                NewSessionCommand.COMMAND,
                NewWindowCommand.COMMAND,
                NextLayoutCommand.COMMAND,
                NextWindowCommand.COMMAND,
                PasteBufferCommand.COMMAND,
                PipePaneCommand.COMMAND,
                PreviousLayoutCommand.COMMAND,
                PreviousWindowCommand.COMMAND,
                RefreshClientCommand.COMMAND,
                RenameSessionCommand.COMMAND,
                RunShellCommand.COMMAND,
                RenameWindowCommand.COMMAND,
                ResizePaneCommand.COMMAND,
                ResizeWindowCommand.COMMAND,
                ResurrectCommand.COMMAND,
                RespawnCommand.PANE,
                RespawnCommand.WINDOW,
                RotateWindowCommand.COMMAND,
                SaveBufferCommand.COMMAND,
                SaveSnapshotCommand.COMMAND,
                ScopeStatusCommand.COMMAND,
                SelectLayoutCommand.COMMAND,
                SelectPaneCommand.COMMAND,
                SelectWindowCommand.COMMAND,
                SendKeysCommand.COMMAND,
                SendPrefixCommand.COMMAND,
                ServerAccessCommand.COMMAND,
                SetBufferCommand.COMMAND,
                SetEnvironmentCommand.COMMAND,
                SetHookCommand.SET,
                ShowMessagesCommand.COMMAND,
                SetOptionCommand.COMMAND,
                SetWindowOptionCommand.COMMAND,
                ShowBufferCommand.COMMAND,
                ShowEnvironmentCommand.COMMAND,
                SetHookCommand.SHOW,
                ShowOptionsCommand.COMMAND,
                PromptHistoryCommand.SHOW,
                ShowWindowOptionsCommand.COMMAND,
                SplitWindowCommand.COMMAND,
                SourceFileCommand.COMMAND,
                StartServerCommand.COMMAND,
                SuspendClientCommand.COMMAND,
                SwitchClientCommand.COMMAND,
                SwapPaneCommand.COMMAND,
                SwapWindowCommand.COMMAND,
                UnbindKeyCommand.COMMAND,
                UnlinkWindowCommand.COMMAND,
                WaitForCommand.COMMAND));
    }

    public List<Command> commands() {
        return commands;
    }

    /** The server's hooks, run after each command that succeeds. */
    public void useHooks(CommandHooks newHooks) {
        hooks = newHooks;
    }

    /** command-alias's items, read each time a command is looked up (see {@link CommandAliases}). */
    public void useAliases(Supplier<List<String>> items) {
        aliases = new CommandAliases(items);
    }

    CommandAliases aliases() {
        return aliases;
    }

    public CommandHooks hooks() {
        return hooks;
    }

    public Command find(String word) throws CommandException {
        for (Command command : commands) {
            if (command.spec().matches(word)) return command;
        }
        List<Command> prefixed = new ArrayList<>();
        for (Command command : commands) {
            if (command.spec().name().startsWith(word)) prefixed.add(command);
        }
        if (prefixed.size() == 1) return prefixed.get(0);
        if (prefixed.isEmpty()) throw new CommandException("unknown command: " + word);
        List<String> names = prefixed.stream().map(c -> c.spec().name()).toList();
        throw new CommandException("ambiguous command: " + word + ", could be: " + String.join(", ", names));
    }

    /**
     * Runs an argument vector (the mux command line, a key binding), which may hold several
     * commands separated by {@code ;} words as tmux's; they run in order and the first error stops
     * the rest. A client that any of them attached stays attached; else one whose reply any of them
     * deferred waits for it.
     */
    public CommandResult run(List<String> argv, CommandContext context) throws CommandException {
        List<List<String>> sequence = CommandLineSplitter.splitArguments(argv);
        if (sequence.isEmpty()) throw new CommandException("no command given");
        CommandResult result = CommandResult.DONE;
        for (List<String> words : sequence) {
            CommandResult each = runOne(words, context);
            if (each == CommandResult.ATTACHED || (each == CommandResult.PENDING && result == CommandResult.DONE)) result = each;
        }
        return result;
    }

    /** Runs one command already split into words (a config file's, whose {@code ;} words are text). */
    /**
     * What tmux checks of a command as it parses a file, before any of the file runs: its name, its
     * flags and how many arguments it has.
     */
    public void check(List<String> words) throws CommandException {
        if (words.isEmpty()) return;
        for (List<String> command : aliases.expand(words)) {
            ArgsParser.parse(find(command.get(0)).spec(), command.subList(1, command.size()));
        }
    }

    /** Runs one command, or the commands of the alias it names. */
    public CommandResult runOne(List<String> words, CommandContext context) throws CommandException {
        if (words.isEmpty()) throw new CommandException("no command given");
        List<List<String>> expanded = aliases.expand(words);
        if (expanded.size() == 1 && expanded.get(0) == words) return runCommand(words, context);
        CommandResult result = CommandResult.DONE;
        for (List<String> command : expanded) {
            CommandResult each = runCommand(command, context);
            if (each == CommandResult.ATTACHED || (each == CommandResult.PENDING && result == CommandResult.DONE)) result = each;
        }
        return result;
    }

    private CommandResult runCommand(List<String> words, CommandContext context) throws CommandException {
        Command command = find(words.get(0));
        CommandSpec spec = command.spec();
        ParsedArgs args = ArgsParser.parse(spec, words.subList(1, words.size()));
        args = args.withTargets(
                TargetResolution.resolve(spec.target(), spec.targetPolicy(), args.value('t'), context),
                TargetResolution.resolve(spec.source(), spec.sourcePolicy(), args.value('s'), context));
        try {
            CommandResult result = command.body().run(context, args);
            hooks.afterCommand(spec, args, context);
            return result;
        } catch (OutOfMemoryError e) {
            // The heap is bounded (bin/mux-server): a command that needs more fails alone.
            throw new CommandException(spec.name() + ": out of memory");
        }
    }
}
