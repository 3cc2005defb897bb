package dev.mux.server.format;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;

/**
 * The loops {@code S:}, {@code W:} and {@code P:}, which expand their format once for each session,
 * each window of the context's session, or each pane of its window ({@code W:all,current} and
 * {@code P:all,active} give the current one a format of its own); and {@code N:}, whether a window
 * or session of that name exists.
 */
final class FormatLoops {
    private FormatLoops() {}

    /** The loop's text, or null when the context has no session (W) or window (P) to walk. */
    static String loop(Expansion expansion, char kind, String format) {
        FormatContext context = expansion.context();
        StringBuilder out = new StringBuilder();
        switch (kind) {
            case 'S' -> {
                if (context.server() == null) return "";
                for (Session session : context.server().sessions().all()) {
                    out.append(expansion.about(context.withSession(session)).expand(format));
                }
            }
            case 'W' -> {
                Session session = context.session();
                if (session == null) return null;
                String[] choices = choices(format);
                for (Winlink link : session.winlinks()) {
                    String use = link == session.currentLink() && choices[1] != null ? choices[1] : choices[0];
                    out.append(expansion.about(context.withLink(link)).expand(use));
                }
            }
            default -> {
                Window window = context.window();
                if (window == null) return null;
                String[] choices = choices(format);
                for (Pane pane : window.panes()) {
                    String use = pane == window.activePane() && choices[1] != null ? choices[1] : choices[0];
                    out.append(expansion.about(context.withPane(pane)).expand(use));
                }
            }
        }
        return out.toString();
    }

    /** {@code N:} ({@code N/w:}) and {@code N/s:}: "1" when a window of the session, or a session, has the name. */
    static String nameExists(Expansion expansion, char kind, String format) {
        FormatContext context = expansion.context();
        String name = expansion.expand(format);
        if (kind == 's') {
            if (context.server() == null) return "0";
            return context.server().sessions().byName(name).isPresent() ? "1" : "0";
        }
        if (context.session() == null) return null;
        for (Window window : context.session().windows()) {
            if (window.name().equals(name)) return "1";
        }
        return "0";
    }

    private static String[] choices(String format) {
        String[] split = FormatSyntax.choose(format);
        return split == null ? new String[] {format, null} : split;
    }
}
