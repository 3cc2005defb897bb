package dev.mux.server.copy;

import dev.mux.server.input.KeyBindings;
import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeContext;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.style.StyleParser;
import dev.mux.server.term.Screen;
import java.util.List;

/**
 * Copy mode as one of a pane's modes: {@link CopyMode} does the moving, selecting and searching;
 * this carries out what it asks for through the mode's context (the copied text becomes a paste
 * buffer or goes to a command, leaving shows what is under the mode again, anything else is
 * redrawn), and reads the pane's options for it.
 */
public final class CopyPaneMode implements PaneMode {
    /** tmux's name of the mode, as {@code #{pane_mode}} shows it. */
    public static final String NAME = "copy-mode";

    private final CopyMode mode;
    private final Pane pane;

    private CopyPaneMode(CopyMode mode, Pane pane) {
        this.mode = mode;
        this.pane = pane;
    }

    /**
     * The pane's copy mode, begun now over its screen if it was not on (a mode that is on is kept,
     * brought to the top, as tmux does); {@code exitAtBottom} is {@code copy-mode -e}.
     */
    public static CopyMode enter(Pane pane, ModeKeys keys, boolean exitAtBottom, ModeServices services) {
        return enter(pane, pane.terminal().screen(), keys, exitAtBottom, false, services);
    }

    /** As above over {@code screen}'s lines (copy-mode -s: another pane's); {@code hidePosition}: copy-mode -H. */
    public static CopyMode enter(Pane pane, Screen screen, ModeKeys keys, boolean exitAtBottom, boolean hidePosition,
            ModeServices services) {
        PaneMode entered = pane.modes().enter(NAME, () -> {
            CopyMode mode = CopyMode.enter(screen, keys, () -> settings(pane), exitAtBottom);
            if (hidePosition) mode.togglePosition();
            mode.resize(pane.terminal().columns(), pane.terminal().rows());
            return new CopyPaneMode(mode, pane);
        }, services);
        return ((CopyPaneMode) entered).mode;
    }

    /** The pane's copy mode if it is the mode on top, else null. */
    public static CopyMode of(Pane pane) {
        return pane.modes().top() instanceof CopyPaneMode copy ? copy.mode : null;
    }

    private static CopySettings settings(Pane pane) {
        String separators = pane.window().session() != null
                ? pane.window().session().options().string("word-separators") : Words.SEPARATORS;
        return new CopySettings(separators == null ? Words.SEPARATORS : separators, pane.options().flag("wrap-search"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void draw(ModeCanvas canvas) {
        CopyModePainter.draw(canvas, mode, new CopyModePainter.Styles(style("mode-style"),
                style("copy-mode-match-style"), style("copy-mode-current-match-style"),
                style("copy-mode-mark-style")));
    }

    private long style(String option) {
        String value = pane.options().string(option);
        return value == null ? CopyModePainter.MODE_STYLE : StyleParser.cell(value);
    }

    /** Keys reach copy mode only through its key tables (see {@link #keyTable}), as commands. */
    @Override
    public void key(String canonicalKey, ModeContext context) {
    }

    /** A copy-mode command by its tmux name; a name it does not know is ignored, as tmux does. */
    @Override
    public boolean command(String name, ModeContext context) {
        return command(name, List.of(), 1, context);
    }

    @Override
    public boolean command(String name, List<String> args, int repeat, ModeContext context) {
        if (name.equals("refresh-from-pane")) mode.refresh(pane.terminal().screen());
        settle(CopyModeCommands.run(mode, name, args, Math.max(1, repeat)), context);
        return true;
    }

    /**
     * A mouse drag, as tmux's window_copy_start_drag and drag_update: the selection begins where the
     * button went down and follows the pointer; the button coming up ends it (the MouseDragEnd1Pane
     * binding copies), and a move with no drag puts the cursor under the pointer.
     */
    @Override
    public void drag(int column, int row, DragPhase phase, ModeContext context) {
        switch (phase) {
            case START -> mode.dragStart(column, row);
            case MOVE -> mode.dragTo(column, row);
            case END -> {
                return;
            }
        }
        context.redraw();
    }

    @Override
    public String format(String name) {
        return CopyFormats.value(mode, name);
    }

    @Override
    public String keyTable(String modeKeys) {
        return ModeKeys.of(modeKeys) == ModeKeys.VI ? KeyBindings.COPY_VI_TABLE : KeyBindings.COPY_TABLE;
    }

    @Override
    public void wheel(int lines, ModeContext context) {
        if (lines > 0) {
            mode.scrollUp(lines);
            context.redraw();
        } else {
            settle(mode.scrollDown(-lines), context);
        }
    }

    @Override
    public void resize(int columns, int rows) {
        mode.resize(columns, rows);
    }

    private static void settle(CopyMode.Outcome outcome, ModeContext context) {
        Copied copy = outcome.copy();
        if (copy != null) {
            if (copy.kind() == Copied.Kind.PIPE || copy.kind() == Copied.Kind.BUFFER_AND_PIPE) context.pipe(copy.command(), copy.text());
            if (copy.buffered()) context.copyText(copy.text(), copy.prefix(), copy.kind() == Copied.Kind.APPEND);
        }
        if (outcome.exit()) {
            context.exit();
        } else {
            context.redraw();
        }
    }
}
