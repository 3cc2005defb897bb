package dev.mux.server.copy;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeContext;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.term.Screen;

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

    @Override
    public void key(String canonicalKey, ModeContext context) {
        settle(mode.press(canonicalKey), context);
    }

    /** A copy-mode command by its tmux name; a name it does not know is ignored, as tmux does. */
    @Override
    public boolean command(String name, ModeContext context) {
        for (CopyAction action : CopyAction.values()) {
            if (action.commandName().equals(name)) {
                settle(mode.apply(action), context);
                break;
            }
        }
        return true;
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
