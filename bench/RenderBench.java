import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.render.Frame;
import dev.mux.server.render.FrameDiff;
import dev.mux.server.render.StatusComposer;
import dev.mux.server.render.StatusExpander;
import dev.mux.server.render.StatusPlacement;
import dev.mux.server.render.WindowPainter;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;

/**
 * What the server does for a client after each echoed key, in one fresh JVM: the key printed in a
 * 120x40 pane of `ls -l`-like text, the window and status line painted into the frame before the
 * last, and the difference from the last frame encoded. Prints the mean time of paint and diff
 * over stretches of keys, so the cost before and after the JIT has compiled the path shows, and
 * the bytes painting allocated per key (the figure a busy machine does not blur). With
 * the argument {@code split}, the window is split in four as tmux users split theirs, and the
 * keys go to the first pane; with {@code colours}, the window has pane-colours items (the palette
 * every frame's panes are recoloured through).
 *
 * <p>Run from the root after the build:
 * {@code java -XX:+UseSerialGC -cp 'mux-server/target/mux-server.jar:mux-server/target/lib/*' bench/RenderBench.java [split] [colours]}
 */
public final class RenderBench {
    private static final int[] STRETCH_ENDS = {10, 100, 300, 1000, 3000, 10000, 30000};

    public static void main(String[] args) throws LayoutException {
        Sessions sessions = new Sessions();
        Session session = sessions.createSession("bench", 120, 40);
        Window window = sessions.createWindow(session, "sh");
        Pane pane = sessions.createPane(window, new Terminal(120, 40, reply -> { }));
        java.util.List<String> flags = java.util.List.of(args);
        if (flags.contains("colours")) {
            // pane-colours with items: every frame recolours the pane's cells through the palette.
            window.options().put("pane-colours", new java.util.TreeMap<>(java.util.Map.of(1, "blue", 4, "red")));
        }
        if (flags.contains("split")) {
            Pane right = sessions.splitPane(pane, new Terminal(59, 40, reply -> { }), Split.LEFT_RIGHT, -1, false, false);
            sessions.splitPane(right, new Terminal(59, 20, reply -> { }), Split.TOP_BOTTOM, -1, false, false);
            sessions.splitPane(pane, new Terminal(60, 20, reply -> { }), Split.TOP_BOTTOM, -1, false, false);
        }
        StringBuilder listing = new StringBuilder();
        for (int line = 0; line < 45; line++) {
            listing.append("-rw-r--r-- 1 user group ").append(line * 37).append(" Jan  1 12:00 \033[01;34mdirectory-")
                    .append(line).append("\033[0m/ more\r\n");
        }
        byte[] output = listing.toString().getBytes(StandardCharsets.UTF_8);
        pane.consume(output, output.length);
        StatusComposer status = new StatusComposer();
        StatusPlacement placement = StatusPlacement.of(session.options());
        // What tmux's default status-format[0] expands to for this session (the server's expansion runs only when the line changes).
        StatusExpander expander = template -> "#[align=left range=left]#[push-default][bench] #[pop-default]#[norange default]"
                + "#[list=on align=left]#[list=left-marker]<#[list=right-marker]>#[list=on]#[range=window|0 list=focus]"
                + "#[push-default]0:sh*#[pop-default]#[norange list=on default]#[nolist align=right range=right]"
                + "#[push-default]\"host\" 12:00 01-Jan-26#[pop-default]#[norange default]";
        Frame shown = null;
        Frame spare = null;
        long paint = 0;
        long diff = 0;
        long allocated = 0;
        // Bytes the thread allocated while painting: unlike the times, the same on a busy machine.
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int stretchStart = 0;
        int stretch = 0;
        for (int key = 1; stretch < STRETCH_ENDS.length; key++) {
            byte[] echo = {(byte) ('a' + key % 26)};
            pane.consume(echo, 1);
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            Frame frame = spare != null ? spare.clear() : new Frame(120, 41);
            WindowPainter.paint(frame, window, status.compose(session, placement, 120, expander), expander);
            long painted = System.nanoTime();
            allocated += threads.getThreadAllocatedBytes(thread) - allocatedBefore;
            FrameDiff.render(shown, frame);
            long diffed = System.nanoTime();
            spare = shown;
            shown = frame;
            paint += painted - start;
            diff += diffed - painted;
            if (key == STRETCH_ENDS[stretch]) {
                int keys = key - stretchStart;
                System.out.printf("keys %5d-%5d: paint %6.1f us, diff %6.1f us, painting allocated %6.0f B/key%n",
                        stretchStart + 1, key, paint / 1e3 / keys, diff / 1e3 / keys, (double) allocated / keys);
                paint = 0;
                allocated = 0;
                diff = 0;
                stretchStart = key;
                stretch++;
            }
        }
    }
}
