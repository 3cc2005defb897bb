package dev.mux.server.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasteBuffersTest {
    private int limit = 50;
    private final PasteBuffers buffers = new PasteBuffers(() -> limit);

    private List<String> names() {
        return buffers.newestFirst().stream().map(PasteBuffer::name).toList();
    }

    @Test
    void copiesStackUpAsNumberedBuffersNewestFirst() {
        buffers.add("one");
        buffers.add("two");
        assertEquals(List.of("buffer1", "buffer0"), names());
        assertEquals("two", buffers.top().orElseThrow().data());
    }

    @Test
    void emptyTextMakesNoBuffer() throws BufferException {
        assertTrue(buffers.add("").isEmpty());
        buffers.set("named", "");
        assertEquals(List.of(), names());
    }

    @Test
    void theLimitDropsTheOldestAutomaticBuffersButNeverNamedOnes() throws BufferException {
        limit = 2;
        buffers.set("keep", "named text");
        buffers.add("a");
        buffers.add("b");
        buffers.add("c");
        assertEquals(List.of("buffer2", "buffer1", "keep"), names());
    }

    @Test
    void settingANameReplacesThatBufferAndMakesItTheNewest() throws BufferException {
        buffers.set("x", "old");
        buffers.add("auto");
        buffers.set("x", "new");
        assertEquals(List.of("x", "buffer0"), names());
        assertEquals("new", buffers.top().orElseThrow().data());
    }

    @Test
    void renamingKeepsTheTextAndRefusesTakenOrEmptyNames() throws BufferException {
        buffers.add("text");
        buffers.set("other", "more");
        buffers.rename("buffer0", "mine");
        assertEquals("text", buffers.require("mine").data());
        assertFalse(buffers.get("buffer0").isPresent());
        assertEquals("buffer other already exists",
                assertThrows(BufferException.class, () -> buffers.rename("mine", "other")).getMessage());
        assertEquals("new name is empty", assertThrows(BufferException.class, () -> buffers.rename("mine", "")).getMessage());
        assertEquals("no buffer nope", assertThrows(BufferException.class, () -> buffers.rename("nope", "x")).getMessage());
    }

    @Test
    void sizeCountsUtf8BytesAndTheSampleShowsControlCharacters() {
        PasteBuffer buffer = buffers.add("héllo\n\tend\\").orElseThrow();
        assertEquals(12, buffer.size());
        assertEquals("héllo\\n\\tend\\\\", buffer.sample());
        assertEquals("\\033[0m", buffers.add("\033[0m").orElseThrow().sample());
    }

    @Test
    void aLongSampleIsCutAfterTwoHundredCharacters() {
        String sample = buffers.add("x".repeat(300)).orElseThrow().sample();
        assertEquals("x".repeat(200) + "...", sample);
    }
}
