package dev.mux.server.cmd;

import dev.mux.server.input.KeyReader;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.overlay.Overlay;
import dev.mux.server.render.Frame;

/**
 * An overlay that also tells its command when it goes (chosen, dismissed, or its client gone), so
 * that display-menu holds up the commands after it as tmux's queue does; a chosen item's command
 * then runs after those, as tmux appends it to the queue.
 */
final class ClosingOverlay implements Overlay {
    private final Overlay overlay;
    private final Background queue;
    private Runnable whenClosed;
    private Runnable chosen;

    /**
     * {@code queue} is the background of the command that shows it, whose list a chosen command
     * waits for; null when that list is not the menu client's (the command line's).
     */
    ClosingOverlay(Overlay overlay, Background queue) {
        this.overlay = overlay;
        this.queue = queue;
    }

    /** Runs {@code action} once, when the overlay goes. */
    void whenClosed(Runnable action) {
        whenClosed = action;
    }

    @Override
    public void draw(Frame frame) {
        overlay.draw(frame);
    }

    @Override
    public Reaction key(KeyReader.Key key) {
        return overlay.key(key);
    }

    @Override
    public Reaction mouse(MouseEvent event) {
        return overlay.mouse(event);
    }

    @Override
    public long version() {
        return overlay.version();
    }

    @Override
    public boolean wantsMouse() {
        return overlay.wantsMouse();
    }

    /** The chosen command waits for the rest of the list, which goes on as the menu closes. */
    @Override
    public boolean runAfterItsList(Runnable command) {
        if (whenClosed == null || queue == null) return false;
        chosen = command;
        return true;
    }

    @Override
    public void closed() {
        overlay.closed();
        Runnable action = whenClosed;
        whenClosed = null;
        Runnable command = chosen;
        chosen = null;
        boolean held = command != null && queue.afterList(command);
        if (action != null) action.run();
        if (command != null && !held) command.run();
    }
}
