package dev.mux.server.client;

import dev.mux.server.input.EscapeWait;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.overlay.Overlay;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.options.Options;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.DeviceAttributes;
import dev.mux.server.outer.Feature;
import dev.mux.server.render.CursorLook;
import dev.mux.server.render.Frame;
import dev.mux.server.render.FrameDiff;
import dev.mux.server.render.InputModes;
import dev.mux.server.render.PaneNumbers;
import dev.mux.server.render.StatusComposer;
import dev.mux.server.render.StatusExpander;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.StatusPlacement;
import dev.mux.server.render.WindowPainter;
import dev.mux.server.term.Screen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What one attached client was last sent, so the next render sends only the difference; and the
 * keys it types, which go through the prefix table.
 *
 * <p>Frames are paced while output streams in: a change that comes less than
 * {@link #FRAME_INTERVAL_NANOS} after the last frame is drawn by one timer when that interval ends,
 * with whatever the screen shows by then. A change is drawn at once when the client was idle for
 * the interval, or when the client typed since the last frame: the echo of a key is never held back,
 * however fast keys come (bench/echo-latency types one every ~2.5 ms).
 */
public final class ClientView {
    /**
     * The shortest time between two frames while a pane floods the client: 100 frames a second, more
     * than a terminal repaints (60 Hz), and at most 10 ms between the end of a burst and its last frame.
     */
    public static final long FRAME_INTERVAL_NANOS = 10_000_000;

    /** Runs a task on the loop after a delay (the loop's schedule). */
    public interface Scheduler {
        void schedule(long delayMillis, Runnable task);
    }

    /** Everything a picture depends on: when it is unchanged, nothing needs drawing. */
    private record Inputs(Window window, Pane active, long paneVersions, StatusLine status, long optionChanges, int columns,
                          int rows, boolean mouse, boolean paneNumbers) {
        /**
         * Written out, as a record's generated equals goes through method handles, which the
         * server's C1 calls rather than inlines, and this one runs on every render.
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Inputs that && window == that.window && active == that.active
                && paneVersions == that.paneVersions && status == that.status && optionChanges == that.optionChanges
                && columns == that.columns
                && rows == that.rows && mouse == that.mouse && paneNumbers == that.paneNumbers;
        }

        @Override
        public int hashCode() {
            return Objects.hash(window, active, paneVersions, status, optionChanges, columns, rows, mouse, paneNumbers);
        }
    }

    private final KeyDispatcher keys;
    /** The longest a pane in synchronized output (mode 2026) holds its frame back. */
    static final long SYNCHRONIZED_OUTPUT_TIMEOUT_NANOS = 1_000_000_000L;
    private static final long NOT_HELD = Long.MIN_VALUE;
    private final Scheduler scheduler;
    /** When the client began holding its frame for a pane's synchronized output, or {@link #NOT_HELD}. */
    private long heldSinceNanos = NOT_HELD;
    /** {@link System#nanoTime}, or a test's clock. */
    private final LongSupplier clock;
    /** Renders this client again: called when a paced frame falls due. */
    private final Runnable redraw;
    private final StatusComposer status = new StatusComposer();
    /** The terminal was asked what it is; the features its replies brought, and how often they brought some. */
    private boolean asked;
    private final Set<Feature> told = EnumSet.noneOf(Feature.class);
    private int toldChanges;
    /** The name and version the terminal gave in its XTVERSION reply; empty until it gave one. */
    private String termType = "";
    /** What the client's terminal can show; a new one means a whole new picture. */
    private ClientTerminal terminal = ClientTerminal.ALL;
    private Frame shown;
    /** The frame shown before {@link #shown}, painted over for the next one (see {@link Frame#clear()}). */
    private Frame spare;
    private InputModes modes = InputModes.RESET;
    /** The focus-events option, as last given: without it the terminal is never asked for focus reports. */
    private boolean focusEvents;
    /** The extended-keys option is not off: a terminal that can send extended keys is asked to. */
    private boolean extendedKeys;
    /** The terminal was asked for extended keys (its Eneks was sent), so it is told to stop on release. */
    private boolean extendedKeysAsked;
    /** The cursor shape and colour the client's terminal was given. */
    private CursorLook cursor = CursorLook.DEFAULT;
    private Inputs rendered;
    private boolean everDrawn;
    /** When the last frame was done: the interval is measured from there. */
    private long drawnNanos;
    /** The client typed since the last frame: the next change (the echo, say) is drawn at once. */
    private boolean typed;
    /** A timer will draw the next frame; until it does, renders have nothing to do. */
    private boolean frameScheduled;
    private final EscapeWait escapes = new EscapeWait();
    private LongSupplier escapeTime = () -> 0;
    /** The menu or popup shown over the panes, or null; and the one last drawn, at its version then. */
    private Overlay overlay;
    private Overlay drawnOverlay;
    private long drawnOverlayVersion;

    public ClientView(KeyDispatcher keys, Scheduler scheduler, LongSupplier clock, Runnable redraw) {
        this.keys = keys;
        this.scheduler = scheduler;
        this.clock = clock;
        this.redraw = redraw;
    }

    public KeyDispatcher keys() {
        return keys;
    }

    /** The menu or popup shown over the panes, or null. */
    public Overlay overlay() {
        return overlay;
    }

    /** Shows {@code shown} over the panes; false (and nothing changes) while another is shown, as in tmux. */
    public boolean showOverlay(Overlay shown) {
        if (overlay != null) return false;
        overlay = shown;
        shown.shown(() -> {
            if (overlay == shown) closeOverlay();
        });
        return true;
    }

    /** Takes the overlay off, if any, and tells it. */
    public void closeOverlay() {
        Overlay closing = overlay;
        overlay = null;
        if (closing != null) closing.closed();
    }

    /** Builds this client's status line content (see {@link StatusComposer}). */
    public StatusComposer status() {
        return status;
    }

    /**
     * Keys (or mouse reports) the client typed: they go through the key table, and what they change
     * is drawn at once. While the terminal was asked what it is, its replies are taken out first. A
     * key left incomplete at the end waits escape-time for the rest.
     */
    public void typed(byte[] bytes) {
        typed = true;
        if (asked) {
            int before = told.size();
            bytes = DeviceAttributes.take(bytes, told, name -> termType = name);
            if (told.size() != before) toldChanges++;
            if (bytes.length == 0) return;
        }
        long wait = escapeTime.getAsLong();
        byte[] ready = escapes.take(bytes, wait > 0);
        if (ready.length > 0) keys.handle(ready);
        if (!escapes.holding()) return;
        int hold = escapes.generation();
        scheduler.schedule(wait, () -> {
            byte[] late = escapes.expire(hold);
            if (late.length == 0) return;
            typed = true;
            keys.handle(late);
        });
    }

    /** Where escape-time comes from (the server option); until set, nothing waits. */
    public void escapeTime(LongSupplier millis) {
        escapeTime = millis;
    }

    /** The focus-events option: whether panes that ask for focus reports may have them. */
    public void setFocusEvents(boolean on) {
        focusEvents = on;
    }

    /** The extended-keys option is not off: the terminal is asked for extended keys when it has them (Eneks). */
    public void setExtendedKeys(boolean on) {
        extendedKeys = on;
    }

    /** Asks the terminal what it is (once): the bytes to send it, empty if it was asked already. */
    public byte[] askWhatTerminal() {
        if (asked) return new byte[0];
        asked = true;
        return DeviceAttributes.REQUESTS.getBytes(StandardCharsets.US_ASCII);
    }

    /** The features the terminal told of itself. */
    public Set<Feature> toldFeatures() {
        return told;
    }

    /** What the terminal said it is (its XTVERSION reply), or empty: tmux's #{client_termtype}. */
    public String termType() {
        return termType;
    }

    /** How many times the terminal's replies brought features: a new count means its ClientTerminal is built again. */
    public int toldChanges() {
        return toldChanges;
    }

    /**
     * The bytes that put the terminal's pen and cursor back where the last frame left them, after
     * bytes the renderer did not write (allow-passthrough) may have moved them; tmux resets them
     * the same way, leaving what the screen shows alone (an image a program sent stays).
     */
    public byte[] restoreAfterPassthrough() {
        if (shown == null) return new byte[0];
        String visibility = shown.cursorVisible() ? "\033[?25h" : "\033[?25l";
        return ("\033[0m\033[" + (shown.cursorRow() + 1) + ";" + (shown.cursorColumn() + 1) + "H" + visibility)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Forget what the client shows (its size changed): the next render redraws everything. */
    public void invalidate() {
        shown = null;
        rendered = null;
    }

    /** Draws for a terminal that can do what {@code next} can: when that changed, the next render draws everything again. */
    public void setTerminal(ClientTerminal next) {
        if (next == terminal) return;
        terminal = next;
        invalidate();
    }

    /** The bytes that put the client's terminal back in the modes it had before it attached. */
    public byte[] release() {
        String reset = modes.changeTo(InputModes.RESET) + cursor.changeTo(CursorLook.DEFAULT, terminal);
        if (extendedKeysAsked && terminal.string("Dseks") != null) reset += terminal.string("Dseks");
        extendedKeysAsked = false;
        modes = InputModes.RESET;
        cursor = CursorLook.DEFAULT;
        return reset.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** True while a timer is to draw the next frame: rendering before it fires has nothing to do. */
    public boolean waitsForFrame() {
        return frameScheduled;
    }

    /**
     * The bytes that bring the client up to date with {@code session}; empty if it already is, or if
     * output is streaming in: then a timer calls the redraw task when the next frame is due (never
     * more than one timer at a time).
     * {@code mouse} is the mouse option: mux then wants the terminal's mouse reports itself;
     * {@code paneNumbers} shows display-panes' numbers over the panes; {@code expander} expands the
     * formats in style options (the borders').
     */
    public byte[] render(Session session, StatusLine status, int columns, int rows, boolean mouse,
                         boolean paneNumbers, StatusExpander expander) {
        if (frameScheduled) return new byte[0];
        Window window = session.currentWindow();
        Inputs inputs = new Inputs(window, window.activePane(), paneVersions(window), status, Options.changes(), columns, rows, mouse,
                paneNumbers);
        boolean overlayChanged = overlay != drawnOverlay || (overlay != null && overlay.version() != drawnOverlayVersion);
        if (inputs.equals(rendered) && !overlayChanged) return new byte[0];
        long nowNanos = clock.getAsLong();
        if (holdsForSynchronizedOutput(window, nowNanos)) return new byte[0];
        if (everDrawn && !typed && nowNanos - drawnNanos < FRAME_INTERVAL_NANOS) {
            frameScheduled = true;
            long delayNanos = drawnNanos + FRAME_INTERVAL_NANOS - nowNanos;
            scheduler.schedule(Math.max(1, (delayNanos + 999_999) / 1_000_000), this::frameDue);
            return new byte[0];
        }
        Frame frame = WindowPainter.paint(blankFrame(columns, rows), window, status, expander);
        if (paneNumbers) PaneNumbers.draw(window, frame, StatusPlacement.of(session.options()).panesTop());
        if (overlay != null) overlay.draw(frame);
        drawnOverlay = overlay;
        drawnOverlayVersion = overlay == null ? 0 : overlay.version();
        Screen screen = overlay != null && overlay.screen() != null ? overlay.screen() : window.activePane().terminal().screen();
        InputModes paneModes = InputModes.of(screen.modes()).withMouse(mouse || (overlay != null && overlay.wantsMouse()))
                .withFocus(focusEvents);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (extendedKeys && !extendedKeysAsked && terminal.string("Eneks") != null) {
            // As tmux, once its features are known; a terminal that learns of them later is asked then.
            extendedKeysAsked = true;
            out.writeBytes(terminal.string("Eneks").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(modes.changeTo(paneModes).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(FrameDiff.render(shown, frame, terminal));
        CursorLook look = CursorLook.of(screen, window.activePane().options());
        out.writeBytes(cursor.changeTo(look, terminal).getBytes(StandardCharsets.ISO_8859_1));
        cursor = look;
        spare = shown;
        shown = frame;
        modes = paneModes;
        rendered = inputs;
        everDrawn = true;
        typed = false;
        drawnNanos = clock.getAsLong();
        return out.toByteArray();
    }

    /**
     * Whether a pane of the window is drawing a frame in synchronized output (mode 2026): the
     * client then keeps what it shows until the mode ends, or until
     * {@link #SYNCHRONIZED_OUTPUT_TIMEOUT_NANOS} have passed since the hold began (a program that
     * died mid-frame must not freeze the screen), when a timer draws anyway.
     */
    private boolean holdsForSynchronizedOutput(Window window, long nowNanos) {
        List<Pane> panes = window.panes();
        boolean synchronizing = false;
        for (int i = 0; i < panes.size(); i++) {
            synchronizing |= panes.get(i).terminal().screen().modes().synchronizedOutput();
        }
        if (!synchronizing || !everDrawn) {
            heldSinceNanos = NOT_HELD;
            return false;
        }
        if (heldSinceNanos == NOT_HELD) {
            heldSinceNanos = nowNanos;
            scheduler.schedule(SYNCHRONIZED_OUTPUT_TIMEOUT_NANOS / 1_000_000 + 1, redraw);
        }
        return nowNanos - heldSinceNanos < SYNCHRONIZED_OUTPUT_TIMEOUT_NANOS;
    }

    private Frame blankFrame(int columns, int rows) {
        Frame reused = spare;
        spare = null;
        if (reused != null && reused.columns() == columns && reused.rows() == rows) return reused.clear();
        return new Frame(columns, rows);
    }

    private void frameDue() {
        frameScheduled = false;
        redraw.run();
    }

    private static long paneVersions(Window window) {
        long sum = 0;
        List<Pane> panes = window.panes();
        // Indexed: a for-each would make an iterator on every render (C1 does no escape analysis).
        for (int i = 0; i < panes.size(); i++) sum = sum * 31 + panes.get(i).id() * 1_000_003L + panes.get(i).version();
        return sum;
    }
}
