package dev.mux.platform.libc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Lets go of this process's resident pages that are copies of a file and were never written: the
 * kernel keeps them in its page cache, and the next touch maps them in again (a minor fault, no
 * disk read while the cache has them). A JVM keeps tens of MiB of such pages resident after its
 * start (its own library, the class-data archives), which the kernel takes back only under memory
 * pressure, and then not from pages other processes map too.
 *
 * <p>Only mappings that cannot be written (no {@code w} in their permissions: nothing can change
 * a page between the look and the drop) of files the caller names, and in them only the pages
 * {@code /proc/self/pagemap} shows present and backed by the file: a private page written before
 * the mapping was made read-only (a library's relocated data) is the process's own and stays.
 * Pages not present are dropped with the clean ones around them (nothing happens to them), so
 * that a mapping takes one madvise call, or a few. The caller names only files that stay mapped
 * until the process ends, so that no other mapping can take the range's place while this runs.
 */
public final class CleanFilePages {
    /** pagemap's bits: the page is present; it is swapped out; it is a file page (or shared anonymous memory). */
    private static final long PRESENT = 1L << 63;
    private static final long SWAPPED = 1L << 62;
    private static final long FILE_PAGE = 1L << 61;
    /** Pages whose pagemap entries are read at once. */
    private static final int BATCH = 512;

    private final Path maps;
    private final Path pagemap;

    /** This process's. */
    public CleanFilePages() {
        this(Path.of("/proc/self/maps"), Path.of("/proc/self/pagemap"));
    }

    CleanFilePages(Path maps, Path pagemap) {
        this.maps = maps;
        this.pagemap = pagemap;
    }

    /**
     * Drops the clean resident pages of the read-only mappings of the files {@code named} accepts;
     * the bytes of the pages dropped. An {@link ErrnoException} (an IOException) if madvise refuses.
     */
    public long drop(Predicate<String> named) throws IOException {
        Found found = find(named);
        found.drop();
        return found.bytes();
    }

    /**
     * The clean resident pages of the read-only mappings of the files {@code named} accepts, to be
     * dropped at once: code that runs after the drop maps its pages in again (the kernel maps 64
     * KiB around each page touched), so whatever the caller has to do (a log line) it does before.
     */
    public Found find(Predicate<String> named) throws IOException {
        long page = Libc.pageSize();
        Found clean = new Found();
        try (FileChannel entries = FileChannel.open(pagemap, StandardOpenOption.READ)) {
            ByteBuffer batch = ByteBuffer.allocate(BATCH * Long.BYTES).order(ByteOrder.nativeOrder());
            for (String line : Files.readAllLines(maps)) {
                Mapping mapping = Mapping.parse(line);
                if (mapping == null || mapping.writable() || !named.test(mapping.file())) continue;
                findClean(mapping, page, entries, batch, clean);
            }
        }
        return clean;
    }

    /**
     * Adds to {@code clean} each run of pages in {@code mapping} that are not the process's own (a
     * private copy, present or swapped out) and holds a present file page.
     */
    private static void findClean(Mapping mapping, long page, FileChannel entries, ByteBuffer batch, Found clean)
            throws IOException {
        long runStart = -1;
        long runBytes = 0;
        long address = mapping.start();
        while (address < mapping.end()) {
            batch.clear();
            long pages = Math.min(BATCH, (mapping.end() - address) / page);
            batch.limit((int) pages * Long.BYTES);
            long position = address / page * Long.BYTES;
            while (batch.hasRemaining() && entries.read(batch, position + batch.position()) > 0) {
                // a short read goes on where it stopped
            }
            batch.flip();
            for (int i = 0; i < batch.limit() / Long.BYTES; i++, address += page) {
                long entry = batch.getLong(i * Long.BYTES);
                boolean own = (entry & SWAPPED) != 0 || (entry & PRESENT) != 0 && (entry & FILE_PAGE) == 0;
                if (own) {
                    if (runBytes > 0) clean.add(runStart, address - runStart, runBytes);
                    runStart = -1;
                    runBytes = 0;
                    continue;
                }
                if (runStart < 0) runStart = address;
                if ((entry & PRESENT) != 0) runBytes += page;
            }
            // pagemap answered nothing: the pages from here on are left as they are
            if (batch.limit() == 0) break;
        }
        if (runBytes > 0) clean.add(runStart, address - runStart, runBytes);
    }

    /** Address ranges to drop, in two growing arrays, and the bytes resident in them. */
    public static final class Found {
        private long[] starts = new long[64];
        private long[] lengths = new long[64];
        private int count;
        private long bytes;

        /** The bytes resident in the ranges when they were found. */
        public long bytes() {
            return bytes;
        }

        /** madvise DONTNEED over each range: one call per range, and ranges span pages not present. */
        public void drop() throws ErrnoException {
            for (int i = 0; i < count; i++) Libc.dropPages(starts[i], lengths[i]);
        }

        /** {@code length} bytes at {@code start}, {@code present} of them resident. */
        void add(long start, long length, long present) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            starts[count] = start;
            lengths[count++] = length;
            bytes += present;
        }
    }

    /** One line of /proc/PID/maps with a file: its range, whether it can be written, and the file. */
    record Mapping(long start, long end, boolean writable, String file) {
        /** Null for a line without a file (anonymous memory, a stack, [vdso]) or with a deleted one. */
        static Mapping parse(String line) {
            String[] fields = line.split(" +", 6);
            if (fields.length < 6 || !fields[5].startsWith("/") || fields[5].endsWith(" (deleted)")) return null;
            int dash = fields[0].indexOf('-');
            return new Mapping(Long.parseUnsignedLong(fields[0].substring(0, dash), 16),
                    Long.parseUnsignedLong(fields[0].substring(dash + 1), 16), fields[1].indexOf('w') >= 0, fields[5]);
        }
    }
}
