package dev.mux.server;

import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatServer;
import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * remain-on-exit: a pane whose process ended stays, dead, when the option says so ({@code on}, or
 * {@code failed} for a non-zero status), with remain-on-exit-format's line written below its last
 * screen as tmux writes it, until respawn-pane or kill-pane.
 */
final class DeadPanes {
    private final FormatServer formats;

    DeadPanes(FormatServer formats) {
        this.formats = formats;
    }

    /**
     * Whether the pane stays; if so it is marked dead and shows the notice. A pane whose process
     * was killed for want of memory stays whatever the option says, with the reason below the
     * notice: a window that vanished would not tell the user what happened.
     */
    boolean remain(Pane pane, int exitStatus) {
        String option = pane.options().string("remain-on-exit");
        boolean killed = pane.endReason() != null;
        if (!killed && (option.equals("off") || (option.equals("failed") && exitStatus == 0))) return false;
        pane.died(exitStatus);
        String template = pane.options().string("remain-on-exit-format");
        if (!template.isEmpty()) notice(pane, Formats.expand(template, about(pane)));
        if (killed) notice(pane, "Pane " + pane.endReason());
        return true;
    }

    /** The pane's format context, with the time of its death, which only this moment knows. */
    private FormatContext about(Pane pane) {
        return FormatContext.of(formats, pane).with("pane_dead_time", Long.toString(Instant.now().getEpochSecond()));
    }

    /** As tmux: the scroll region reset, a line feed from the bottom row, the text in the default style. */
    private static void notice(Pane pane, String text) {
        int rows = pane.terminal().rows();
        // tmux cuts the line at the pane's edge rather than wrapping it.
        int columns = pane.terminal().columns();
        if (text.codePointCount(0, text.length()) > columns) text = text.substring(0, text.offsetByCodePoints(0, columns));
        byte[] bytes = ("\033[r\033[" + rows + ";1H\n\033[m" + text).getBytes(StandardCharsets.UTF_8);
        pane.consume(bytes, bytes.length);
    }
}
