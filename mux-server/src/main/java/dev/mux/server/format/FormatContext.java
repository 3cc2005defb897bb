package dev.mux.server.format;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import java.util.HashMap;
import java.util.Map;

/**
 * What a format is about, as tmux's format tree is: the server, and optionally a client, a session,
 * a window, a pane and a paste buffer, plus values a command adds for its own format (list-commands'
 * {@code command_list_name}). Immutable; the {@code with} methods give narrower contexts, as the
 * loops {@code S:}, {@code W:} and {@code P:} do for each item.
 *
 * @param values the command's own values, consulted after the options and the standard variables
 * @param link the window's place in the session (a window may be in several, or twice in one), or null
 */
public record FormatContext(FormatServer server, FormatClient client, Session session, Window window, Pane pane,
                            PasteBuffer buffer, Map<String, String> values, Kind kind, Winlink link) {
    /** What the format was made for, before the narrower parts were filled in ({@code #{pane_format}} and friends). */
    public enum Kind { UNKNOWN, SESSION, WINDOW, PANE }

    public FormatContext {
        values = Map.copyOf(values);
    }

    /** Nothing but the server. */
    public static FormatContext of(FormatServer server) {
        return new FormatContext(server, null, null, null, null, null, Map.of(), Kind.UNKNOWN, null);
    }

    /** A pane and so its window and session; nothing but the server when {@code pane} is null. */
    public static FormatContext of(FormatServer server, Pane pane) {
        return of(server).withPane(pane);
    }

    /**
     * For {@code client}: its session, that session's current window and active pane, unless this
     * context already names a session (tmux's format_defaults).
     */
    public FormatContext withClient(FormatClient newClient) {
        FormatContext with = new FormatContext(server, newClient, session, window, pane, buffer, values, kind, link);
        if (session != null || newClient == null || newClient.session() == null) return with;
        FormatContext filled = with.withSession(newClient.session());
        return new FormatContext(server, newClient, filled.session, filled.window, filled.pane, buffer, values, kind,
                filled.link);
    }

    /** For {@code newSession}, its current window and that window's active pane. */
    public FormatContext withSession(Session newSession) {
        if (newSession == null) return new FormatContext(server, client, null, null, null, buffer, values, Kind.UNKNOWN, null);
        Window current = newSession.currentWindow();
        return new FormatContext(server, client, newSession, current, current == null ? null : current.activePane(),
                buffer, values, Kind.SESSION, newSession.currentLink());
    }

    /**
     * For {@code newWindow}, its place in this context's session if it is there (else its first
     * place and that session), and its active pane.
     */
    public FormatContext withWindow(Window newWindow) {
        if (newWindow == null) return withSession(session);
        return withLink(placeOf(newWindow));
    }

    /** For the window at {@code newLink} (one of a session's places), its session and its active pane. */
    public FormatContext withLink(Winlink newLink) {
        Window newWindow = newLink.window();
        return new FormatContext(server, client, newLink.session(), newWindow, newWindow.activePane(), buffer, values,
                Kind.WINDOW, newLink);
    }

    /** For {@code newPane}, its window and session as {@link #withWindow} finds them. */
    public FormatContext withPane(Pane newPane) {
        if (newPane == null) return this;
        Winlink paneLink = placeOf(newPane.window());
        return new FormatContext(server, client, paneLink.session(), paneLink.window(), newPane, buffer, values, Kind.PANE,
                paneLink);
    }

    private Winlink placeOf(Window shown) {
        if (link != null && link.window() == shown && link.session().has(shown)) return link;
        if (session != null && session.has(shown)) return session.linkOf(shown).orElseThrow();
        return shown.home();
    }

    public FormatContext withBuffer(PasteBuffer newBuffer) {
        return new FormatContext(server, client, session, window, pane, newBuffer, values, kind, link);
    }

    /** With a value of the command's own: {@code #{name}} is {@code value}. */
    public FormatContext with(String name, String value) {
        Map<String, String> more = new HashMap<>(values);
        more.put(name, value);
        return new FormatContext(server, client, session, window, pane, buffer, more, kind, link);
    }

    /** {@code template} expanded for this context. */
    public String expand(String template) {
        return Formats.expand(template, this);
    }
}
