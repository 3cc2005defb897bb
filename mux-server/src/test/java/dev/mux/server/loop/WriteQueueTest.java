package dev.mux.server.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes queued in pieces of every size, small keys to pastes larger than a write's chunk and than
 * the pipe holds, come out of a real non-blocking pipe whole and in order, however little the pipe
 * takes at a time.
 */
class WriteQueueTest {
    @Test
    void everyByteArrivesInOrderThroughAPipeThatFillsUp() throws IOException {
        Random random = new Random(7);
        Pipe pipe = Pipe.open();
        pipe.sink().configureBlocking(false);
        WriteQueue queue = new WriteQueue();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int[] sizes = {1, 3, 4096, 5000, 200_000, 1, 70_000, 65_536, 2};
        for (int size : sizes) {
            byte[] piece = new byte[size];
            random.nextBytes(piece);
            expected.writeBytes(piece);
            queue.add(ByteBuffer.wrap(piece));
        }
        assertEquals(expected.size(), queue.pendingBytes());

        boolean empty = queue.flush(pipe.sink());
        assertFalse(empty, "a pipe holds less than 300 KB");
        ByteBuffer read = ByteBuffer.allocate(10_000);
        while (!empty || received.size() < expected.size()) {
            read.clear();
            int n = pipe.source().read(read);
            received.write(read.array(), 0, n);
            empty = queue.flush(pipe.sink());
        }

        assertTrue(queue.isEmpty());
        assertEquals(0, queue.pendingBytes());
        assertArrayEquals(expected.toByteArray(), received.toByteArray());
        pipe.sink().close();
        pipe.source().close();
    }
}
