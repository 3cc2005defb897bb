package dev.mux.server.render;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.term.CellExtra;
import dev.mux.server.term.Color;
import dev.mux.server.term.Hyperlink;
import dev.mux.server.term.Style;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The bytes that turn a client terminal showing one {@link Frame} into one showing the next: only
 * changed cells are written, runs of blanks that reach the end of a row are cleared with EL, and
 * the output ends with the cursor where the new frame has it. Sequences are plain xterm ones
 * (CUP, CUF, SGR, EL, ED, DECTCEM), and text is UTF-8.
 *
 * <p>The cursor position is never left ambiguous: writing the last column puts xterm-like
 * terminals into a pending-wrap state, so the next move after that is always an absolute CUP.
 * Every diff leaves the client with the cursor where its frame has it and the default SGR, so the
 * next one starts from there: the echo of a typed key is the key alone, as tmux sends it. The
 * cursor is hidden only while an update moves it about, not while text is written on from it.
 */
public final class FrameDiff {
    /** A blank tail shorter than this is cheaper to overwrite with spaces than to erase. */
    private static final int MIN_ERASE_RUN = 4;
    /** An unchanged gap up to this wide is rewritten rather than skipped with a cursor move. */
    private static final int MAX_REWRITTEN_GAP = 3;
    private static final String HIDE_CURSOR = "\033[?25l";
    private static final String SHOW_CURSOR = "\033[?25h";

    private final Frame before;
    private final Frame after;
    private final CellExtrasOutput extrasOutput;
    private final StringBuilder out = new StringBuilder();
    /** Where the client's cursor is, or -1 when unknown (after writing the last column). */
    private int column = -1;
    private int row = -1;
    /** The SGR state of the client. */
    private long pen = Style.DEFAULT;
    /** The underline colour and hyperlink the client writes with, of those {@link #extrasOutput} sends. */
    private int underlineColour = Color.DEFAULT;
    private Hyperlink link;
    /** The cursor is hidden on the client (so moves go unseen). */
    private boolean hidden;

    /** Writes styles as the client's terminal can show them. */
    private final SgrEncoder sgr;
    /** The terminal erases in the current background (terminfo bce); without it, EL only erases to the default. */
    private final boolean backgroundErase;

    private FrameDiff(Frame before, Frame after, SgrEncoder sgr, CellExtrasOutput extrasOutput, boolean backgroundErase) {
        this.before = before;
        this.after = after;
        this.sgr = sgr;
        this.extrasOutput = extrasOutput;
        this.backgroundErase = backgroundErase;
    }

    /**
     * @param previous what the client shows, or null if unknown (then the screen is cleared and
     *                 everything drawn); a frame of another size counts as unknown
     * @return the bytes to send, empty if the client already shows {@code next}
     */
    public static byte[] render(Frame previous, Frame next) {
        return render(previous, next, ClientTerminal.ALL);
    }

    /**
     * As {@link #render(Frame, Frame)}, for a terminal that can do what {@code terminal} can: its
     * colours and attributes, and the underline colours (usstyle) and hyperlinks it takes.
     */
    public static byte[] render(Frame previous, Frame next, ClientTerminal terminal) {
        CellExtrasOutput extras = CellExtrasOutput.of(terminal);
        return new FrameDiff(previous, next, SgrEncoder.of(terminal), extras, terminal.flag("bce")).render().getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #render(Frame, Frame)}, sending exactly the cell extras {@code extras} names. */
    public static byte[] render(Frame previous, Frame next, CellExtrasOutput extras) {
        return new FrameDiff(previous, next, SgrEncoder.of(ClientTerminal.ALL), extras, true).render()
                .getBytes(StandardCharsets.UTF_8);
    }

    private String render() {
        boolean full = before == null || before.columns() != after.columns() || before.rows() != after.rows();
        Frame base = full ? new Frame(after.columns(), after.rows()) : before;
        if (full) {
            out.append(HIDE_CURSOR).append("\033[0m\033[H\033[2J");
            hidden = true;
            column = 0;
            row = 0;
        } else {
            hidden = !before.cursorVisible();
            column = before.cursorColumn();
            row = before.cursorRow();
        }
        for (int y = 0; y < after.rows(); y++) {
            boolean[] dirty = dirtyColumns(base, y);
            if (dirty != null) {
                renderRow(y, dirty);
            }
        }
        // The cursor goes where the frame has it openly: once, like a shell's after its output.
        moveTo(after.cursorColumn(), after.cursorRow(), false);
        setLink(null);
        if (pen != Style.DEFAULT || underlineColour != Color.DEFAULT) {
            out.append("\033[0m");
        }
        if (after.cursorVisible() && hidden) {
            out.append(SHOW_CURSOR);
        } else if (!after.cursorVisible() && !hidden) {
            out.append(HIDE_CURSOR);
        }
        return out.toString();
    }

    /**
     * Columns of row {@code y} to rewrite, or null if the row is unchanged. The halves of a wide
     * character always differ together (a continuation cell only ever follows its own wide
     * character, in both frames), so a changed cell never leaves half a character on the client.
     */
    private boolean[] dirtyColumns(Frame base, int y) {
        // Most rows are unchanged: copied from the same screen line at the same version, or else
        // two array comparisons, say so without a look at each cell.
        if (base.sameSource(after, y) || base.sameRow(after, y)) {
            return null;
        }
        boolean[] dirty = new boolean[after.columns()];
        boolean any = false;
        for (int x = 0; x < dirty.length; x++) {
            dirty[x] = !base.sameCell(after, x, y);
            any |= dirty[x];
        }
        return any ? dirty : null;
    }

    private void renderRow(int y, boolean[] dirty) {
        int eraseFrom = blankTailStart(y);
        boolean erase = eraseFrom <= after.columns() - MIN_ERASE_RUN && anyDirty(dirty, eraseFrom);
        int end = erase ? eraseFrom : after.columns();
        for (int x = 0; x < end; x++) {
            if (dirty[x] && after.width(x, y) != 0) {
                rewriteGapBefore(x, y);
                writeCell(x, y);
            }
        }
        if (erase) {
            moveTo(eraseFrom, y);
            setPen(after.style(eraseFrom, y));
            setLink(null);
            out.append("\033[K");
        }
    }

    /**
     * The first column of the run of blanks that ends the row, all in one style that EL can
     * reproduce (EL fills with the current background only, and only a terminal with bce fills with
     * another than the default); the row width if there is none.
     */
    private int blankTailStart(int y) {
        int last = after.columns() - 1;
        long style = after.style(last, y);
        // As tmux without bce, a coloured background is written as spaces rather than erased.
        if (style != Style.erased(style) || !backgroundErase && Style.background(style) != Color.DEFAULT) {
            return after.columns();
        }
        int start = after.columns();
        while (start > 0 && after.style(start - 1, y) == style && after.isPlainBlank(start - 1, y)) {
            start--;
        }
        return start;
    }

    private static boolean anyDirty(boolean[] dirty, int from) {
        for (int x = from; x < dirty.length; x++) {
            if (dirty[x]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the few unchanged cells between the cursor and column {@code x} when that is shorter
     * than a cursor movement, that is, when they are narrow and already in the current pen.
     */
    private void rewriteGapBefore(int x, int y) {
        if (y != row || column < 0 || x <= column || x - column > MAX_REWRITTEN_GAP) {
            return;
        }
        for (int gap = column; gap < x; gap++) {
            if (after.width(gap, y) != 1 || after.style(gap, y) != pen || !inClientExtras(after.extra(gap, y))) {
                return;
            }
        }
        for (int gap = column; gap < x; gap++) {
            writeCell(gap, y);
        }
    }

    private void writeCell(int x, int y) {
        moveTo(x, y);
        setPen(after.style(x, y));
        setExtras(after.extra(x, y));
        out.append(after.text(x, y));
        column += after.width(x, y);
        if (column >= after.columns()) {
            column = -1;
        }
    }

    private void setPen(long style) {
        if (pen != style) {
            sgr.append(out, style);
            pen = style;
            underlineColour = Color.DEFAULT; // SGR 0 ended it
        }
    }

    /** Whether a cell with this extra is written as the client writes now, as far as it is sent. */
    private boolean inClientExtras(CellExtra extra) {
        return (!extrasOutput.underlineColour() || CellExtra.underlineColour(extra) == underlineColour)
            && (!extrasOutput.hyperlinks() || Objects.equals(CellExtra.link(extra), link));
    }

    private void setExtras(CellExtra extra) {
        int colour = CellExtra.underlineColour(extra);
        if (extrasOutput.underlineColour() && colour != underlineColour) {
            extrasOutput.appendUnderlineColour(out, colour);
            underlineColour = colour;
        }
        setLink(CellExtra.link(extra));
    }

    private void setLink(Hyperlink cellLink) {
        if (extrasOutput.hyperlinks() && !Objects.equals(cellLink, link)) {
            CellExtrasOutput.appendHyperlink(out, cellLink);
            link = cellLink;
        }
    }

    private void moveTo(int x, int y) {
        moveTo(x, y, true);
    }

    /** {@code unseen}: hides the cursor first, if it is not yet, for a move in mid-update. */
    private void moveTo(int x, int y, boolean unseen) {
        if (x == column && y == row) {
            return;
        }
        if (unseen && !hidden) {
            out.append(HIDE_CURSOR);
            hidden = true;
        }
        if (y == row && column >= 0 && x > column) {
            out.append("\033[").append(x - column).append('C');
        } else {
            out.append("\033[").append(y + 1).append(';').append(x + 1).append('H');
        }
        column = x;
        row = y;
    }
}
