package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.Resurrecting;
import dev.mux.server.cmd.WaitChannels;
import dev.mux.server.format.FormatServer;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.options.OptionStore;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.stop.Stops;

/**
 * Makes each request's {@link CommandContext}: the server-wide owners as they are, and the parts
 * that answer this request (its output, its client, its stops, its blocking work) made for it.
 */
final class RequestContexts {
    /** The server-wide owners a command may reach. */
    record Owners(Sessions sessions, ClientRegistry clients, Attachments attachments, ServerStop serverStop, Stops stops,
                  PasteBuffers buffers, OptionStore options, KeyBindings keyBindings, CommandTable commands,
                  FormatServer formats, ServerScope scope, BlockingWork blockingWork, ShellJobs shellJobs,
                  PaneLauncher launcher, PromptHistory promptHistory, EventLoop loop,
                  ModeServices modeServices, WaitChannels waits, Resurrecting resurrection) {}

    private final Owners owners;

    RequestContexts(Owners owners) {
        this.owners = owners;
    }

    /** The context of a notification's hook: no client, the home directory, output to the log. */
    CommandContext forHook() {
        String home = System.getProperty("user.home", "/");
        return create(null, new Message.Command(java.util.List.of(), home, 0, 0, false, ""), new HookReply());
    }

    /** The context of one request of {@code client} (null: the config file's), answered through {@code reply}. */
    CommandContext create(Client client, Message.Command command, Reply reply) {
        return create(client, command, reply, null);
    }

    /** As above, for the commands of the binding of mouse key {@code mouse} (null: none). */
    CommandContext create(Client client, Message.Command command, Reply reply, MouseKey mouse) {
        return create(client, command, reply, mouse, null);
    }

    /** As above, with {@code currentPane} (null: the usual) as what a target naming nothing means. */
    CommandContext create(Client client, Message.Command command, Reply reply, MouseKey mouse, Pane currentPane) {
        Owners o = owners;
        LogoutWarning logoutWarning = new LogoutWarning(o.scope(), reply, o.blockingWork(), o.options().server());
        return new CommandContext(reply,
                new RequestingClient(client, command, o.clients(), o.attachments(), o.promptHistory(), o.loop(), logoutWarning)
                        .withMouse(mouse).withCurrentPane(currentPane),
                o.sessions(), o.clients(),
                new PaneStarter(o.sessions(), o.launcher(), command.cwd(), logoutWarning),
                new StopReply(o.serverStop(), o.stops(), reply),
                o.buffers(), o.options(), o.keyBindings(), o.commands(), o.formats(), o.scope(),
                new BackgroundReply(o.blockingWork(), o.shellJobs(), reply, o.loop()),
                new NestedSources(o.commands()), o.modeServices(), o.waits(),
                o.promptHistory(), o.resurrection());
    }
}
