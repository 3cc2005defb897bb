package dev.mux.server.copy;

import dev.mux.server.input.KeyBindings;
import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeContext;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.term.Screen;
import java.util.List;

/**
 * Copy mode as one of a pane's modes: {@link CopyMode} does the moving, selecting and searching;
 * this carries out what it asks for through the mode's context (the copied text becomes a paste
 * buffer, leaving shows what is under the mode again, anything else is redrawn).
 */
public final class CopyPaneMode implements PaneMode {
    /** tmux's name of the mode, as {@code #{pane_mode}} shows it. */
    public static final String NAME = "copy-mode";

    private final CopyMode mode;

    private CopyPaneMode(CopyMode mode) {
        this.mode = mode;
    }

    /**
     * The pane's copy mode, begun now over its screen if it was not on (a mode that is on is kept,
     * brought to the top, as tmux does); {@code exitAtBottom} is {@code copy-mode -e}.
     */
    public static CopyMode enter(Pane pane, ModeKeys keys, boolean exitAtBottom, ModeServices services) {
        Screen screen = pane.terminal().screen();
        PaneMode entered = pane.modes().enter(NAME, () -> new CopyPaneMode(CopyMode.enter(screen, keys, exitAtBottom)), services);
        return ((CopyPaneMode) entered).mode;
    }

    /** The pane's copy mode if it is the mode on top, else null. */
    public static CopyMode of(Pane pane) {
        return pane.modes().top() instanceof CopyPaneMode copy ? copy.mode : null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void draw(ModeCanvas canvas) {
        CopyModePainter.draw(canvas, mode);
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
        for (int i = 0; i < repeat; i++) {
            CopyMode.Outcome outcome = CopyModeCommands.run(mode, name, args);
            settle(outcome, context);
            if (outcome.exit()) break;
        }
        return true;
    }

    /** tmux's default copy-mode mouse bindings: dragging selects, letting go copies and leaves. */
    @Override
    public void drag(int column, int row, DragPhase phase, ModeContext context) {
        switch (phase) {
            case START -> mode.dragStart(column, row);
            case MOVE -> mode.dragTo(column, row);
            case END -> {
                settle(CopyModeCommands.run(mode, "copy-pipe-and-cancel", List.of()), context);
                return;
            }
        }
        context.redraw();
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
        if (outcome.copied() != null) context.addPasteBuffer(outcome.copied());
        if (outcome.exit()) {
            context.exit();
        } else {
            context.redraw();
        }
    }
}
