import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The emulator's side of bench/emulator: throughput on a file of real program output, and heap per
 * 10,000 lines of scrollback. Run by bench/emulator, which measures tmux on the same input.
 *
 * <p>Arguments: INPUT COLUMNS ROWS SCROLLBACK-INPUT SCROLLBACK-LINES
 */
public final class EmulatorBench {
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws IOException {
        byte[] input = Files.readAllBytes(Path.of(args[0]));
        int columns = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        byte[] scrollback = Files.readAllBytes(Path.of(args[3]));
        int scrollbackLines = Integer.parseInt(args[4]);

        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Terminal terminal = new Terminal(columns, rows, reply -> { });
            long start = System.nanoTime();
            terminal.feed(input);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.max(best, input.length / seconds / 1e6);
        }
        System.out.printf("mux  throughput: %.1f MB/s (best of %d runs over %.1f MB)%n", best, ROUNDS, input.length / 1e6);

        long before = usedHeap();
        Terminal terminal = new Terminal(columns, rows, scrollbackLines + rows, reply -> { });
        terminal.feed(scrollback);
        long after = usedHeap();
        double perTenThousand = (after - before) / (terminal.screen().historySize() / 10_000.0);
        System.out.printf("mux  scrollback: %.2f MB per 10k lines (%d lines in history)%n",
            perTenThousand / 1e6, terminal.screen().historySize());
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int pass = 0; pass < 3; pass++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
