package dev.mux.server.copy;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.model.Pane;

/**
 * Copy mode as a pane has it: entering keeps a mode that is already on (tmux does too), and what
 * a key or a wheel notch asks for is carried out on the pane: the copied text becomes a paste
 * buffer, leaving the mode shows the program's screen again, anything else is redrawn.
 */
public final class PaneCopyMode {
    private PaneCopyMode() {}

    /** The pane's copy mode, begun now over its screen if it was not on. */
    public static CopyMode enter(Pane pane, ModeKeys keys, boolean exitAtBottom) {
        if (pane.copyMode() == null) pane.setCopyMode(CopyMode.enter(pane.terminal().screen(), keys, exitAtBottom));
        return pane.copyMode();
    }

    /** A key typed while the pane is in copy mode. */
    public static void press(Pane pane, String canonicalKey, PasteBuffers buffers) {
        settle(pane, pane.copyMode().press(canonicalKey), buffers);
    }

    /** Carries out what the mode asked for after a change. */
    public static void settle(Pane pane, CopyMode.Outcome outcome, PasteBuffers buffers) {
        if (outcome.copied() != null) buffers.add(outcome.copied());
        if (outcome.exit()) {
            pane.setCopyMode(null);
        } else {
            pane.copyModeChanged();
        }
    }
}
