package dev.mux.platform.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Residency is read from this JVM's own /proc/self/pagemap (present bit), the kernel's account,
 * for a file the test maps itself; the content after a drop is compared with what was written.
 */
class CleanFilePagesTest {
    private static final int PAGES = 16;
    private final long page = Libc.pageSize();

    @TempDir
    Path dir;

    @Test
    void dropsTheResidentPagesOfAReadOnlyMappingAndItsContentReadsTheSame() throws Exception {
        Path file = fileOfNumberedPages("ro.bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, PAGES * page);
            touchAll(mapped);
            CleanFilePages.Mapping mapping = mappingOf(file);
            assertEquals(PAGES, residentPages(mapping), "every page touched is resident");

            long dropped = new CleanFilePages().drop(file.toString()::equals);

            assertEquals(PAGES * page, dropped);
            assertEquals(0, residentPages(mapping), "no page is resident after the drop");
            for (int i = 0; i < PAGES; i++) assertEquals(i, mapped.getInt((int) (i * page)), "page " + i + " reads from the file again");
        }
    }

    @Test
    void leavesAWritableMappingAloneSoItsWrittenPageKeepsItsValue() throws Exception {
        Path file = fileOfNumberedPages("rw.bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.PRIVATE, 0, PAGES * page);
            touchAll(mapped);
            mapped.putInt((int) (3 * page), 1000);

            long dropped = new CleanFilePages().drop(file.toString()::equals);

            assertEquals(0, dropped);
            assertEquals(PAGES, residentPages(mappingOf(file)));
            assertEquals(1000, mapped.getInt((int) (3 * page)), "the private copy is kept");
        }
    }

    @Test
    void keepsThePagesPagemapShowsAsPrivateCopiesAndDropsTheRestInRangesAroundThem() throws Exception {
        Path file = fileOfNumberedPages("runs.bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, PAGES * page);
            touchAll(mapped);
            CleanFilePages.Mapping mapping = mappingOf(file);
            // A pagemap in which pages 3 and 4 are private copies (present, not file pages), page 9
            // one swapped out, page 12 not present, the rest clean file pages.
            ByteBuffer entries = ByteBuffer.allocate(PAGES * Long.BYTES).order(ByteOrder.nativeOrder());
            for (int i = 0; i < PAGES; i++) {
                entries.putLong(i == 3 || i == 4 ? 1L << 63 : i == 9 ? 1L << 62 : i == 12 ? 0 : 1L << 63 | 1L << 61);
            }
            Path pagemap = dir.resolve("pagemap");
            try (FileChannel out = FileChannel.open(pagemap, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(entries.flip(), mapping.start() / page * Long.BYTES);
            }

            long dropped = new CleanFilePages(Path.of("/proc/self/maps"), pagemap).drop(file.toString()::equals);

            assertEquals((PAGES - 4) * page, dropped, "the present file pages");
            for (int i = 0; i < PAGES; i++) {
                boolean resident = residentPages(new CleanFilePages.Mapping(mapping.start() + i * page,
                        mapping.start() + (i + 1) * page, false, mapping.file())) == 1;
                // Page 12, resident in fact, was dropped with the run it lies in.
                assertEquals(i == 3 || i == 4 || i == 9, resident, "page " + i);
            }
        }
    }

    @Test
    void readsAMapsLineWithItsFileAndSkipsThoseWithout() {
        CleanFilePages.Mapping jvm = CleanFilePages.Mapping.parse(
                "7f2a4c000000-7f2a4c200000 r-xp 00001000 08:01 1234                       /usr/lib/jvm/a b/libjvm.so");
        assertEquals(new CleanFilePages.Mapping(0x7f2a4c000000L, 0x7f2a4c200000L, false, "/usr/lib/jvm/a b/libjvm.so"), jvm);
        assertTrue(CleanFilePages.Mapping.parse("7f2a4c000000-7f2a4c200000 rw-p 00000000 08:01 1234 /x/archive.jsa").writable());
        assertNull(CleanFilePages.Mapping.parse("7f2a4c000000-7f2a4c200000 rw-p 00000000 00:00 0"));
        assertNull(CleanFilePages.Mapping.parse("7ffd1000-7ffd3000 r-xp 00000000 00:00 0                  [vdso]"));
        assertNull(CleanFilePages.Mapping.parse("7f2a4c000000-7f2a4c200000 r--p 00000000 08:01 1234 /tmp/gone.so (deleted)"));
    }

    /** A file of {@link #PAGES} pages, each starting with its number. */
    private Path fileOfNumberedPages(String name) throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) (PAGES * page));
        for (int i = 0; i < PAGES; i++) content.putInt((int) (i * page), i);
        return Files.write(dir.resolve(name), content.array());
    }

    private void touchAll(MappedByteBuffer mapped) {
        for (int i = 0; i < PAGES; i++) assertEquals(i, mapped.getInt((int) (i * page)));
    }

    private static CleanFilePages.Mapping mappingOf(Path file) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().map(CleanFilePages.Mapping::parse)
                .filter(m -> m != null && m.file().equals(file.toString())).findFirst().orElseThrow();
    }

    /** How many of the mapping's pages the kernel says are present. */
    private long residentPages(CleanFilePages.Mapping mapping) throws IOException {
        long pages = (mapping.end() - mapping.start()) / page;
        ByteBuffer entries = ByteBuffer.allocate((int) pages * Long.BYTES).order(ByteOrder.nativeOrder());
        try (FileChannel pagemap = FileChannel.open(Path.of("/proc/self/pagemap"), StandardOpenOption.READ)) {
            pagemap.read(entries, mapping.start() / page * Long.BYTES);
        }
        entries.flip();
        long present = 0;
        while (entries.hasRemaining()) if ((entries.getLong() & 1L << 63) != 0) present++;
        return present;
    }
}
