package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.List;
import java.util.OptionalInt;

/**
 * Resolves target strings against the model, as tmux's cmd-find does: ids first, then names and
 * indexes, and a bare word that is no pane or window is tried as a session. A missing part means
 * the current one: the requesting client's session, else the session used last.
 */
final class Targets {
    private Targets() {}

    static Session session(CommandContext context, String text) throws CommandException {
        TargetSpec spec = TargetSpec.parseSession(text);
        return session(context, spec.session(), spec.exactSession());
    }

    static Window window(CommandContext context, String text) throws CommandException {
        TargetSpec spec = TargetSpec.parseWindow(text);
        OptionalInt windowId = TargetSpec.parseId(spec.window(), '@');
        if (windowId.isPresent()) return window(context, null, spec);
        if (spec.session() == null && spec.window() != null && !spec.windowOnly() && !isIndex(spec.window())) {
            // A bare word: a window of the current session, else a session's current window.
            try {
                return window(context, current(context), spec);
            } catch (CommandException notAWindow) {
                try {
                    return session(context, spec.window(), spec.exactWindow()).currentWindow();
                } catch (CommandException notASession) {
                    throw notAWindow;
                }
            }
        }
        return window(context, session(context, spec.session(), spec.exactSession()), spec);
    }

    /**
     * Where new-window puts a window: the session and the index of {@code text}, or -1 for the
     * lowest free index when the text names only a session.
     */
    static WindowSlot slot(CommandContext context, String text) throws CommandException {
        TargetSpec spec = TargetSpec.parseWindow(text);
        if (spec.window() != null && isIndex(spec.window())) {
            return new WindowSlot(session(context, spec.session(), spec.exactSession()), Integer.parseInt(spec.window()));
        }
        if (spec.session() == null && spec.window() != null) {
            return new WindowSlot(session(context, spec.window(), spec.exactWindow()), -1);
        }
        if (spec.window() != null) throw new CommandException("can't find window: " + spec.window());
        return new WindowSlot(session(context, spec.session(), spec.exactSession()), -1);
    }

    /** A session and a window index in it, -1 meaning the lowest free one. */
    record WindowSlot(Session session, int index) {}

    static Pane pane(CommandContext context, String text) throws CommandException {
        TargetSpec spec = TargetSpec.parsePane(text);
        OptionalInt paneId = TargetSpec.parseId(spec.pane(), '%');
        if (paneId.isPresent()) {
            return context.sessions().paneById(paneId.getAsInt())
                    .orElseThrow(() -> new CommandException("can't find pane: " + spec.pane()));
        }
        if (spec.session() == null && spec.window() == null && spec.pane() != null) {
            return bareWord(context, spec.pane());
        }
        Session session = session(context, spec.session(), spec.exactSession());
        Window window = window(context, session, spec);
        return paneOf(window, spec.pane());
    }

    /**
     * A target word without separators, as in {@code -t 1} or {@code -t work}: tmux tries a pane of
     * the current window, then a window of the current session, then a session.
     */
    private static Pane bareWord(CommandContext context, String word) throws CommandException {
        Session current = context.sessions().isEmpty() ? null : current(context);
        if (current != null && isIndex(word)) {
            Window window = current.currentWindow();
            int index = Integer.parseInt(word);
            if (index < window.panes().size()) return window.panes().get(index);
        }
        if (current != null) {
            try {
                return window(context, current, TargetSpec.parseWindow(":" + word)).activePane();
            } catch (CommandException notAWindow) {
                // Not a window of the current session either: last, a session.
            }
        }
        try {
            return session(context, word, false).activePane();
        } catch (CommandException notASession) {
            throw new CommandException("can't find pane: " + word);
        }
    }

    private static Session session(CommandContext context, String part, boolean exact) throws CommandException {
        if (part == null) return current(context);
        OptionalInt id = TargetSpec.parseId(part, '$');
        if (id.isPresent()) {
            return context.sessions().byId(id.getAsInt())
                    .orElseThrow(() -> new CommandException("can't find session: " + part));
        }
        return TargetSpec.matchName("session", part, exact, context.sessions().all(), Session::name);
    }

    private static Session current(CommandContext context) throws CommandException {
        Session attached = context.attachedSession();
        if (attached != null) return attached;
        return context.sessions().mostRecentlyUsed().orElseThrow(() -> new CommandException("no current session"));
    }

    private static Window window(CommandContext context, Session session, TargetSpec spec) throws CommandException {
        String part = spec.window();
        if (part == null) return session.currentWindow();
        OptionalInt id = TargetSpec.parseId(part, '@');
        if (id.isPresent()) {
            return context.sessions().windowById(id.getAsInt())
                    .orElseThrow(() -> new CommandException("can't find window: " + part));
        }
        List<Window> windows = session.windows();
        if (isIndex(part)) {
            int index = Integer.parseInt(part);
            for (Window window : windows) {
                if (window.index() == index) return window;
            }
            throw new CommandException("can't find window: " + part);
        }
        return TargetSpec.matchName("window", part, spec.exactWindow(), windows, Window::name);
    }

    private static Pane paneOf(Window window, String part) throws CommandException {
        if (part == null) return window.activePane();
        List<Pane> panes = window.panes();
        int activeIndex = panes.indexOf(window.activePane());
        switch (part) {
            case "+" -> {
                return panes.get((activeIndex + 1) % panes.size());
            }
            case "-" -> {
                return panes.get(Math.floorMod(activeIndex - 1, panes.size()));
            }
            case "!" -> {
                if (window.lastActivePane() == null) throw new CommandException("no last pane");
                return window.lastActivePane();
            }
            default -> {
                // An index or nothing this window has: handled below.
            }
        }
        if (isIndex(part)) {
            int index = Integer.parseInt(part);
            if (index < window.panes().size()) return window.panes().get(index);
        }
        throw new CommandException("can't find pane: " + part);
    }

    private static boolean isIndex(String part) {
        return !part.isEmpty() && part.length() < 9 && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
