package dev.mux.server.client;

import dev.mux.server.input.PrefixKeys;
import dev.mux.server.model.Pane;
import dev.mux.server.render.Frame;
import dev.mux.server.render.FrameDiff;
import dev.mux.server.render.InputModes;
import dev.mux.server.term.Screen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What one attached client was last sent, so the next render sends only the difference; and the
 * keys it types, which go through the prefix table.
 */
public final class ClientView {
    private final PrefixKeys keys;
    private Frame shown;
    private InputModes modes = InputModes.RESET;
    private Pane renderedPane;
    private long renderedVersion = -1;

    public ClientView(PrefixKeys.Actions actions) {
        this.keys = new PrefixKeys(actions);
    }

    public PrefixKeys keys() {
        return keys;
    }

    /** Forget what the client shows (its size changed): the next render redraws everything. */
    public void invalidate() {
        shown = null;
    }

    /** The bytes that put the client's terminal back in the modes it had before it attached. */
    public byte[] release() {
        String reset = modes.changeTo(InputModes.RESET);
        modes = InputModes.RESET;
        return reset.getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes that bring the client up to date with {@code pane}; empty if it already is. */
    public byte[] render(Pane pane, int columns, int rows) {
        boolean sameSize = shown != null && shown.columns() == columns && shown.rows() == rows;
        if (sameSize && pane == renderedPane && pane.version() == renderedVersion) return new byte[0];
        Screen screen = pane.terminal().screen();
        Frame frame = new Frame(columns, rows);
        frame.drawScreen(screen, 0, 0);
        frame.setCursor(screen.cursorColumn(), screen.cursorRow(), screen.cursorVisible());
        InputModes paneModes = InputModes.of(screen);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(modes.changeTo(paneModes).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(FrameDiff.render(sameSize ? shown : null, frame));
        shown = frame;
        modes = paneModes;
        renderedPane = pane;
        renderedVersion = pane.version();
        return out.toByteArray();
    }
}
