package dev.mux.server.client;

import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.render.Frame;
import dev.mux.server.render.FrameDiff;
import dev.mux.server.render.InputModes;
import dev.mux.server.render.PaneNumbers;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.WindowPainter;
import dev.mux.server.term.Screen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What one attached client was last sent, so the next render sends only the difference; and the
 * keys it types, which go through the prefix table.
 */
public final class ClientView {
    /** Everything a picture depends on: when it is unchanged, nothing needs drawing. */
    private record Inputs(Window window, Pane active, long paneVersions, StatusLine.Content status, int columns, int rows,
                          boolean mouse, boolean paneNumbers) {}

    private final KeyDispatcher keys;
    private Frame shown;
    private InputModes modes = InputModes.RESET;
    private Inputs rendered;

    public ClientView(KeyDispatcher keys) {
        this.keys = keys;
    }

    public KeyDispatcher keys() {
        return keys;
    }

    /** Forget what the client shows (its size changed): the next render redraws everything. */
    public void invalidate() {
        shown = null;
        rendered = null;
    }

    /** The bytes that put the client's terminal back in the modes it had before it attached. */
    public byte[] release() {
        String reset = modes.changeTo(InputModes.RESET);
        modes = InputModes.RESET;
        return reset.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The bytes that bring the client up to date with {@code session}; empty if it already is.
     * {@code mouse} is the mouse option: mux then wants the terminal's mouse reports itself;
     * {@code paneNumbers} shows display-panes' numbers over the panes.
     */
    public byte[] render(Session session, StatusLine.Content status, int columns, int rows, boolean mouse,
                         boolean paneNumbers) {
        Window window = session.currentWindow();
        Inputs inputs = new Inputs(window, window.activePane(), paneVersions(window), status, columns, rows, mouse,
                paneNumbers);
        if (inputs.equals(rendered)) return new byte[0];
        Frame frame = WindowPainter.paint(window, status, columns, rows);
        if (paneNumbers) PaneNumbers.draw(window, frame);
        Screen screen = window.activePane().terminal().screen();
        InputModes paneModes = InputModes.of(screen).withMouse(mouse);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(modes.changeTo(paneModes).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(FrameDiff.render(shown, frame));
        shown = frame;
        modes = paneModes;
        rendered = inputs;
        return out.toByteArray();
    }

    private static long paneVersions(Window window) {
        long sum = 0;
        for (Pane pane : window.panes()) sum = sum * 31 + pane.id() * 1_000_003L + pane.version();
        return sum;
    }
}
