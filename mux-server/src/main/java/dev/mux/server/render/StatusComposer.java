package dev.mux.server.render;

import dev.mux.server.model.Session;

/**
 * One client's status line content ({@link StatusLine}'s three parts, with the time as
 * {@link StatusClock} gives it), rebuilt part by part: the server asks for it on every render,
 * twice for each key typed, while its parts change only when a session or window is renamed, a
 * window added or selected, the pane's title set or the clock's minute turns. The names, title and
 * time come from fields that get a new string when they change, so an unchanged part is known by
 * the same strings (equal text in new strings costs one rebuild); the window list is compared as
 * text. An unchanged line is the same {@link StatusLine.Content}, which the renderer then knows by
 * identity. A new composer builds every part.
 */
public final class StatusComposer {
    private final StringBuilder windows = new StringBuilder();
    private String sessionName;
    private String paneTitle;
    private String clock;
    private StatusLine.Content content;

    public StatusLine.Content compose(Session session, String paneTitle, String clock) {
        String left = content == null || session.name() != sessionName ? StatusLine.left(session.name()) : content.left();
        String right = content == null || paneTitle != this.paneTitle || clock != this.clock
                ? StatusLine.right(paneTitle, clock) : content.right();
        windows.setLength(0);
        StatusLine.appendWindows(windows, session);
        boolean sameWindows = content != null && content.windows().contentEquals(windows);
        if (!sameWindows || !left.equals(content.left()) || !right.equals(content.right())) {
            content = new StatusLine.Content(left, sameWindows ? content.windows() : windows.toString(), right);
        }
        sessionName = session.name();
        this.paneTitle = paneTitle;
        this.clock = clock;
        return content;
    }
}
