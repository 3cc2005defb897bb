package dev.mux.server.cmd;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.format.FormatClient;
import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatServer;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Winlink;
import dev.mux.server.options.OptionStore;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.scope.ServerScope;

/**
 * What a command body may reach, one small capability each, handed out by the owner of its state:
 * a command uses the few it needs, and a new server capability is a method on one of them (or a
 * new one here) and on its owner, not a forward through a hub. The server builds one per request,
 * so commands stay free of sockets, threads and rendering.
 *
 * @param out          the requester's output
 * @param requester    the client that runs the command (its parts are absent for the config file)
 * @param clients      the attached clients, for commands about other clients
 * @param panes        starting sessions, windows and splits
 * @param stops        ending them with the stop procedure
 * @param formats      what formats read of the server (host, socket, clients, foreground programs, #() jobs)
 * @param background   work that may block
 * @param sources      running a file of commands
 * @param modeServices what a pane mode entered by a command reaches of the server (copy-mode, clock-mode)
 * @param waits        wait-for's channels
 * @param promptHistory what was typed at the command prompt
 * @param resurrection  the server's snapshot: resurrect, save-snapshot
 */
public record CommandContext(Output out, Requester requester, Sessions sessions, Clients clients, PaneFactory panes,
                             Stopping stops, PasteBuffers buffers, OptionStore options, KeyBindings keyBindings,
                             CommandTable commandTable, FormatServer formats, ServerScope scope,
                             Background background, Sourcing sources,
                             ModeServices modeServices, WaitChannels waits,
                             PromptHistory promptHistory, Resurrecting resurrection) {
    /**
     * What a format is about when a command expands it for {@code pane} (null: none): the pane, its
     * window and session, the requesting client, and the mouse event that ran the command.
     */
    public FormatContext formatContext(Pane pane) {
        return formatContext(null, pane);
    }

    /** As {@link #formatContext(Pane)}, the pane's window at its place in {@code session} if it is there (a target's). */
    public FormatContext formatContext(Session session, Pane pane) {
        FormatContext about = FormatContext.of(formats).withSession(session).withPane(pane);
        about = about.withClient(bestClient(about.session()));
        for (java.util.Map.Entry<String, String> value : requester.formatValues().entrySet()) {
            about = about.with(value.getKey(), value.getValue());
        }
        java.util.Map<String, String> mouse = MouseFormats.of(requester.mouse(), requester.formatClient(),
                options.session().string("word-separators"));
        for (java.util.Map.Entry<String, String> value : mouse.entrySet()) about = about.with(value.getKey(), value.getValue());
        return about;
    }

    /**
     * The client a format about {@code session} describes, as tmux's cmd_find_best_client: the
     * requester when it is attached there, else a client attached there; none without a session.
     */
    private FormatClient bestClient(Session session) {
        if (session == null) return null;
        FormatClient own = requester.formatClient();
        if (own != null && own.session() == session) return own;
        FormatClient found = null;
        for (FormatClient client : formats.clients()) {
            if (client.session() == session) found = client;
        }
        return found;
    }

    /**
     * A format expanded for {@code pane} (null: none) and the requesting client; a window in several
     * sessions is taken at its place in the current session if it is there, else at its best place
     * (as tmux finds a pane's session for a target).
     */
    public String expand(String template, Pane pane) {
        Session session = pane == null ? null : attachedSession();
        if (pane != null && (session == null || !session.has(pane.window()))) {
            Winlink best = Winlink.bestOf(pane.window());
            session = best == null ? null : best.session();
        }
        return formatContext(session, pane).expand(template);
    }

    /** The session the requester is attached to, or null: what a target means by "current". */
    public Session attachedSession() {
        return requester.attachedSession();
    }
}
