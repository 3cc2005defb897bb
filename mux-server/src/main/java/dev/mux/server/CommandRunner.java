package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandLineSplitter;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.EnvironmentParseHost;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands from where they come: a client's command line, a key binding, the prompt, the
 * config file. Each gets its context and its reply; after each the server may find itself empty.
 */
final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);
    private final CommandTable commands;
    private final RequestContexts contexts;
    private final ClientRegistry clients;
    private final ServerStop serverStop;
    /** Errors of the config file read at start-up, until a client is there to see them. */
    private final List<String> configErrors = new ArrayList<>();

    private final PaneView view;

    CommandRunner(CommandTable commands, RequestContexts contexts, ClientRegistry clients, ServerStop serverStop,
                  PaneView view) {
        this.view = view;
        this.commands = commands;
        this.contexts = contexts;
        this.clients = clients;
        this.serverStop = serverStop;
    }

    /** The command table, for what completes a command's name at the prompt. */
    CommandTable commandTable() {
        return commands;
    }

    /**
     * A command from the mux command line: output and errors go back over the socket. The config
     * file's errors, if this is the first client, show in view mode in the pane it attaches to, as
     * tmux shows them, else after the command's own output.
     */
    void runCommand(Client client, Message.Command command) {
        HeldReply reply = new HeldReply(new SocketReply(client));
        List<String> startupErrors = List.copyOf(configErrors);
        configErrors.clear();
        if (serverStop.isExiting()) {
            startupErrors.forEach(reply::error);
            reply.error("server exiting");
            client.finish(1, "");
            return;
        }
        clients.messages().add(client.name() + " command: " + String.join(" ", command.argv()));
        try {
            List<List<String>> list = CommandLineSplitter.splitArguments(command.argv());
            if (list.isEmpty()) throw new CommandException("no command given");
            CommandResult result = CommandQueue.run(commands, list, contexts.create(client, command, reply), reply);
            showStartupErrors(client, startupErrors, reply);
            if (result == CommandResult.DONE) client.finish(0, "");
        } catch (CommandException e) {
            showStartupErrors(client, startupErrors, reply);
            // An empty message: the command said why it failed already (source-file's errors).
            if (!e.getMessage().isEmpty()) reply.error(e.getMessage());
            client.finish(1, "");
        }
        serverStop.exitIfEmpty();
    }

    /** The start-up config file's errors not yet shown, for a control client, which is sent them as lines. */
    List<String> takeConfigErrors() {
        List<String> errors = List.copyOf(configErrors);
        configErrors.clear();
        return errors;
    }

    private void showStartupErrors(Client client, List<String> errors, Reply reply) {
        if (errors.isEmpty()) return;
        if (!view.show(client, String.join("\n", errors))) errors.forEach(reply::error);
    }

    /**
     * One command of a control client (its first, or one of a line it sent): output and errors go
     * in its block, which the caller ends unless the reply is deferred.
     */
    CommandResult runControl(Client client, List<String> words, Reply reply) throws CommandException {
        try {
            return commands.runOne(words, contexts.create(client, typedCommand(client, words), reply));
        } finally {
            serverStop.exitIfEmpty();
        }
    }

    /**
     * A key binding's command runs as if the attached client had typed it at a prompt: its output
     * and errors appear on that client's status line.
     */
    void runBinding(Client client, List<String> argv) {
        runBindingCommands(client, List.of(argv));
    }

    /** A binding of several commands, each its words; the first that fails ends the rest, as in tmux. */
    void runBindingCommands(Client client, List<List<String>> commandWords) {
        runBindingCommands(client, commandWords, null);
    }

    /** As above, for the binding of mouse key {@code mouse} (null: a typed key's): its commands see the key. */
    void runBindingCommands(Client client, List<List<String>> commandWords, MouseKey mouse) {
        for (List<String> words : commandWords) clients.messages().add(client.name() + " command: " + String.join(" ", words));
        HeldReply reply = new HeldReply(statusReply(client));
        List<String> argv = commandWords.isEmpty() ? List.of() : commandWords.get(0);
        CommandContext context = contexts.create(client, typedCommand(client, argv), reply, mouse);
        try {
            CommandQueue.run(commands, commandWords, context, reply);
        } catch (CommandException e) {
            reply.error(e.getMessage());
        }
        serverStop.exitIfEmpty();
    }

    /** A command line typed at the prompt: parsed as a config line, run as a key binding's command. */
    void runPrompt(Client client, String line) {
        runChosen(client, line, null, null);
    }

    /**
     * A menu item's command line, chosen on {@code client}: run as a prompt's, with {@code target}
     * as its current pane (the menu's target; null: the usual) and {@code mouse} as its mouse key
     * (null: none).
     */
    void runChosen(Client client, String line, Pane target, MouseKey mouse) {
        if (line.isBlank()) return;
        clients.messages().add(client.name() + " command: " + line);
        HeldReply reply = new HeldReply(statusReply(client));
        CommandContext context = contexts.create(client, typedCommand(client, List.of(line)), reply, mouse, target);
        try {
            CommandQueue.run(commands, CommandLineSplitter.splitLine(line, EnvironmentParseHost.of(context)), context, reply);
        } catch (CommandException e) {
            reply.error(e.getMessage());
        }
        serverStop.exitIfEmpty();
    }

    /**
     * Runs the config file at start-up, before any client: tmux's commands without a client to
     * answer. Its errors wait for the first client, which prints them.
     */
    void loadConfig(Path file, String directory) {
        Message.Command command = new Message.Command(List.of("source-file", file.toString()), directory, 0, 0, false, "");
        ConfigReply reply = new ConfigReply();
        CommandContext context = contexts.create(null, command, reply);
        // Errors of files it sources come through the reply, its own lines as the result.
        context.sources().source(file, context).all().forEach(reply::error);
        configErrors.addAll(reply.errors());
        configErrors.forEach(error -> LOG.warn("config: {}", error));
    }

    /** A line for the first client, shown with the config file's errors (a snapshot that waits, or was refused). */
    void tellFirstClient(String line) {
        configErrors.add(line);
    }

    private static Message.Command typedCommand(Client client, List<String> argv) {
        return new Message.Command(argv, client.request().cwd(), client.columns(), client.rows(), true,
                client.request().term());
    }

    private Reply statusReply(Client client) {
        return new StatusReply(client, text -> clients.showMessage(client, text), view);
    }
}
