package dev.mux.server.cmd;

import dev.mux.server.input.KeyReader;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.overlay.Overlay;
import dev.mux.server.render.Frame;

/**
 * An overlay that also tells its command when it goes (chosen, dismissed, or its client gone), so
 * that display-menu holds up the commands after it as tmux's queue does.
 */
final class ClosingOverlay implements Overlay {
    private final Overlay overlay;
    private Runnable whenClosed;

    ClosingOverlay(Overlay overlay) {
        this.overlay = overlay;
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

    @Override
    public void closed() {
        overlay.closed();
        Runnable action = whenClosed;
        whenClosed = null;
        if (action != null) action.run();
    }
}
