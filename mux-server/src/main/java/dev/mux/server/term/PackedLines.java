package dev.mux.server.term;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A run of consecutive history lines kept as one deflated byte array. Scrollback is written once
 * and rarely read again, and terminal text repeats a lot (prompts, paths, columns of listings):
 * deflated in blocks it takes a fifth or less of its compact {@link HistoryLine} form, objects and
 * all, which is what lets a server keep 20 panes of 10,000 lines in a few megabytes. Reading a line
 * inflates its whole block; {@link History} keeps the last block it inflated.
 */
final class PackedLines {
    /** One compressor per thread: zlib's state is ~300 KB of native memory, too much to keep per pane. */
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private final int count;
    private final int inflatedSize;
    private final byte[] deflated;

    private PackedLines(int count, int inflatedSize, byte[] deflated) {
        this.count = count;
        this.inflatedSize = inflatedSize;
        this.deflated = deflated;
    }

    /** Packs {@code count} lines from {@code lines}, starting at {@code from}. */
    static PackedLines pack(HistoryLine[] lines, int from, int count) {
        PackBuffer plain = new PackBuffer(count * 96);
        for (int index = 0; index < count; index++) {
            lines[from + index].writeTo(plain);
        }
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(plain.buffer(), 0, plain.size());
        deflater.finish();
        // Incompressible text can grow a little; deflate's worst case is a few bytes per 16 KB block.
        byte[] buffer = new byte[plain.size() + plain.size() / 1000 + 64];
        int size = 0;
        while (!deflater.finished()) {
            if (size == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
            size += deflater.deflate(buffer, size, buffer.length - size);
        }
        return new PackedLines(count, plain.size(), Arrays.copyOf(buffer, size));
    }

    int count() {
        return count;
    }

    /** The lines, oldest first, as they were packed. */
    HistoryLine[] unpack() {
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(deflated);
        byte[] plain = new byte[inflatedSize];
        try {
            int size = 0;
            while (size < plain.length) {
                int inflated = inflater.inflate(plain, size, plain.length - size);
                if (inflated == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("packed history ended early");
                }
                size += inflated;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed history is corrupt", e);
        }
        HistoryLine[] lines = new HistoryLine[count];
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            for (int index = 0; index < count; index++) {
                lines[index] = HistoryLine.readFrom(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("packed history is corrupt", e);
        }
        return lines;
    }
}
