package dev.mux.server.overlay;

import dev.mux.server.input.KeyReader;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseReports;
import dev.mux.server.render.Frame;
import dev.mux.server.term.Modes;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Terminal;
import java.util.function.IntConsumer;

/**
 * display-popup's popup as tmux 3.3a's popup.c: a box over the client's panes, with a border of
 * popup-border-lines and a title, holding a terminal of its own on which a program runs
 * ({@link PopupProcess}). Keys go to the program, except that Escape and C-c close the popup unless
 * it was asked to close when the program exits (-E, -EE) and the program still runs. A mouse drag of
 * the border (or with Meta anywhere on it) moves the popup with the first button and resizes it with
 * the third; other mouse reports inside go to the program if it asked for the mouse. When it closes
 * the program is ended, and {@code onClose} hears the status: the program's, or 129 (as a hangup's)
 * if it still ran.
 */
public final class Popup implements Overlay {
    /** What tmux reports for a popup closed before its program ended: 128 + SIGHUP. */
    public static final int HUNG_UP = 129;
    private static final String ESCAPE = KeyReader.canonical("Escape");
    private static final String CONTROL_C = KeyReader.canonical("C-c");
    private static final int BUTTONS = 195;
    private static final int FIRST = 0;
    private static final int THIRD = 2;
    private static final int DRAG = 32;
    private static final int MODIFIERS = 4 | 8 | 16;
    private static final int META = 8;

    /** When the popup closes by itself: never (it stays with the program's last screen), on any exit, on a zero exit. */
    public enum CloseOnExit { NEVER, ANY, ZERO }

    private enum Drag { OFF, MOVE, SIZE }

    private final Terminal terminal;
    private final PopupLook look;
    private final CloseOnExit closeOnExit;
    private final IntConsumer onClose;
    private final PopupHost host;
    private PopupProcess process;
    /** The program the popup's terminal answers (its replies to queries), still after it ended or moved to a pane. */
    private PopupProcess replies;
    /** The menu a right click opened over the popup, which takes the keys and mouse while open, or null. */
    private Menu menu;
    private boolean ended;
    private int status = HUNG_UP;
    private Runnable close = () -> { };
    private int clientColumns;
    private int clientRows;
    private int left;
    private int top;
    private int width;
    private int height;
    /** Where and how large it was asked to be (or dragged to): a client that shrinks and grows again gets it back. */
    private int preferredLeft;
    private int preferredTop;
    private int preferredWidth;
    private int preferredHeight;
    private Drag drag = Drag.OFF;
    private int dragX;
    private int dragY;
    private int lastX;
    private int lastY;
    private int lastButton;
    private long version;

    /**
     * A popup {@code width} by {@code height} cells (border included) with its top left at
     * {@code (left, top)} of a client of {@code clientColumns} by {@code clientRows}; its terminal is
     * the size inside the border. Null when it would not fit the client, or is too small for its
     * border and one cell, as tmux's popup_display refuses it.
     */
    public static Popup open(int left, int top, int width, int height, int clientColumns, int clientRows, PopupLook look,
                             CloseOnExit closeOnExit, PopupHost host, IntConsumer onClose) {
        int edges = 2 * look.lines().edge();
        if (width < edges + 1 || height < edges + 1 || width > clientColumns || height > clientRows) return null;
        return new Popup(left, top, width, height, clientColumns, clientRows, look, closeOnExit, host, onClose);
    }

    private Popup(int left, int top, int width, int height, int clientColumns, int clientRows, PopupLook look,
                  CloseOnExit closeOnExit, PopupHost host, IntConsumer onClose) {
        this.left = preferredLeft = left;
        this.top = preferredTop = top;
        this.width = preferredWidth = width;
        this.height = preferredHeight = height;
        this.clientColumns = clientColumns;
        this.clientRows = clientRows;
        this.look = look;
        this.closeOnExit = closeOnExit;
        this.onClose = onClose;
        this.host = host;
        int edges = 2 * look.lines().edge();
        this.terminal = new Terminal(width - edges, height - edges, 0, bytes -> {
            if (replies != null) replies.write(bytes);
        });
    }

    /** The columns of the popup's terminal, which its program starts at. */
    public int innerColumns() {
        return terminal.columns();
    }

    public int innerRows() {
        return terminal.rows();
    }

    /** The program now running in the popup. */
    public void run(PopupProcess started) {
        process = started;
        replies = started;
    }

    /** Output of the popup's program, for its terminal. */
    public void output(byte[] bytes, int length) {
        terminal.feed(bytes, 0, length);
        version++;
    }

    /** The popup's program ended with {@code exitStatus}: with -E (or -EE and 0) the popup closes. */
    public void ended(int exitStatus) {
        if (ended) return;
        ended = true;
        process = null;
        status = exitStatus;
        version++;
        if (closeOnExit == CloseOnExit.ANY || (closeOnExit == CloseOnExit.ZERO && exitStatus == 0)) close.run();
    }

    @Override
    public void shown(Runnable closeThis) {
        close = closeThis;
    }

    @Override
    public void closed() {
        if (process != null) {
            PopupProcess running = process;
            process = null;
            running.kill();
        }
        ended = true;
        onClose.accept(status);
    }

    @Override
    public Screen screen() {
        return terminal.screen();
    }

    @Override
    public boolean wantsMouse() {
        return false;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void draw(Frame frame) {
        PopupDrawing.draw(frame, left, top, width, height, look, terminal.screen());
        if (menu != null) menu.draw(frame);
    }

    @Override
    public Reaction key(KeyReader.Key key) {
        if (menu != null) return fromMenu(menu.key(key));
        String typed = key.canonical();
        if ((closeOnExit == CloseOnExit.NEVER || process == null) && (typed.equals(ESCAPE) || typed.equals(CONTROL_C))) {
            return Reaction.CLOSE;
        }
        if (process != null) process.write(key.typed());
        return Reaction.KEEP;
    }

    @Override
    public Reaction mouse(MouseEvent event) {
        int button = event.release() ? (event.button() & ~3) | 3 : event.button();
        try {
            return pointer(event, button);
        } finally {
            lastX = event.column();
            lastY = event.row();
            lastButton = button;
        }
    }

    private Reaction pointer(MouseEvent event, int button) {
        if (menu != null) return fromMenu(menu.mouse(event));
        int x = event.column();
        int y = event.row();
        if (drag != Drag.OFF) {
            dragged(x, y, button);
            return Reaction.KEEP;
        }
        if (x < left || x > left + width - 1 || y < top || y > top + height - 1) {
            if ((button & BUTTONS) == THIRD) openMenu(x, y);
            return Reaction.KEEP;
        }
        boolean leftOrTop = look.lines() != BoxLines.NONE && (x == left || (x != left + width - 1 && y == top));
        boolean border = look.lines() != BoxLines.NONE
                && (x == left || x == left + width - 1 || y == top || y == top + height - 1);
        if ((button & MODIFIERS) == 0 && (button & BUTTONS) == THIRD && leftOrTop) {
            openMenu(x, y);
            return Reaction.KEEP;
        }
        if ((button & MODIFIERS) == META || border) {
            if ((button & DRAG) == 0) return Reaction.KEEP;
            if ((lastButton & BUTTONS) == FIRST) {
                drag = Drag.MOVE;
            } else if ((lastButton & BUTTONS) == THIRD) {
                drag = Drag.SIZE;
            }
            dragX = lastX - left;
            dragY = lastY - top;
            return Reaction.KEEP;
        }
        if (process != null) {
            int edge = look.lines().edge();
            Modes modes = terminal.screen().modes();
            byte[] report = MouseReports.encode(event, x - left - edge, y - top - edge, modes.mouseTracking(),
                    modes.mouseEncoding());
            if (report != null) process.write(report);
        }
        return Reaction.KEEP;
    }

    private void openMenu(int x, int y) {
        menu = PopupMenu.open(x, y, clientColumns, clientRows, host);
        version++;
    }

    /** What the popup's menu did: it closed, perhaps with an item's letter; or it stays open. */
    private Reaction fromMenu(Reaction reaction) {
        version++;
        if (!reaction.close()) return Reaction.KEEP;
        menu = null;
        String chosen = reaction.command() == null ? "" : reaction.command();
        switch (chosen) {
            case PopupMenu.CLOSE -> {
                return Reaction.CLOSE;
            }
            case PopupMenu.PASTE -> {
                if (process != null) process.write(host.topBuffer());
            }
            case PopupMenu.FILL -> {
                // As tmux: the box fills the client, its terminal keeps its size.
                left = 0;
                top = 0;
                width = clientColumns;
                height = clientRows;
            }
            case PopupMenu.CENTRE -> {
                left = clientColumns / 2 - width / 2;
                top = clientRows / 2 - height / 2;
            }
            case PopupMenu.HORIZONTAL, PopupMenu.VERTICAL -> {
                // The program and its screen go on in a pane; the popup closes without ending it.
                if (process != null && host.toPane(chosen.equals(PopupMenu.HORIZONTAL), terminal, process)) {
                    process = null;
                    return Reaction.CLOSE;
                }
            }
            default -> {
            }
        }
        return Reaction.KEEP;
    }

    /** A drag under way moves the popup (held inside the client) or resizes it from its bottom right corner. */
    private void dragged(int x, int y, int button) {
        if ((button & DRAG) == 0) {
            drag = Drag.OFF;
            return;
        }
        if (drag == Drag.MOVE) {
            left = x < dragX ? 0 : Math.min(x - dragX, clientColumns - width);
            top = y < dragY ? 0 : Math.min(y - dragY, clientRows - height);
            dragX = x - left;
            dragY = y - top;
            preferredLeft = left;
            preferredTop = top;
        } else {
            int least = 1 + 2 * look.lines().edge();
            if (x < left + least || y < top + least) return;
            width = preferredWidth = x - left;
            height = preferredHeight = y - top;
            resizeTerminal();
        }
        version++;
    }

    @Override
    public void resized(int columns, int rows) {
        // As tmux: its menu goes, and the popup takes its asked-for place and size again where they fit.
        menu = null;
        clientColumns = columns;
        clientRows = rows;
        height = Math.min(preferredHeight, rows);
        width = Math.min(preferredWidth, columns);
        top = preferredTop + height > rows ? rows - height : preferredTop;
        left = preferredLeft + width > columns ? columns - width : preferredLeft;
        int edges = 2 * look.lines().edge();
        if (width > edges && height > edges) resizeTerminal();
        version++;
    }

    private void resizeTerminal() {
        int edges = 2 * look.lines().edge();
        terminal.resize(width - edges, height - edges);
        if (process != null) process.resize(width - edges, height - edges);
    }
}
