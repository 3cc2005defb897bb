package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Packed history's byte layout reads back as written, at the edges of each varint length too. */
class PackBufferTest {
    @Test
    void varintsAndFixedWidthValuesReadBackInOrder() throws IOException {
        int[] values = {0, 1, 127, 128, 300, 16383, 16384, 2_097_151, 2_097_152, Integer.MAX_VALUE};
        PackBuffer buffer = new PackBuffer(1);
        for (int value : values) {
            buffer.writeVarInt(value);
            buffer.writeInt(-value);
            buffer.writeLong(Long.MIN_VALUE + value);
        }
        buffer.writeString("e\u0301\u0302");
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.buffer(), 0, buffer.size()));
        for (int value : values) {
            assertEquals(value, PackBuffer.readVarInt(in));
            assertEquals(-value, in.readInt());
            assertEquals(Long.MIN_VALUE + value, in.readLong());
        }
        assertEquals(3, PackBuffer.readVarInt(in));
        assertEquals('e', in.readChar());
        assertEquals('\u0301', in.readChar());
        assertEquals('\u0302', in.readChar());
        assertEquals(-1, in.read(), "nothing left over");
    }

    @Test
    void aVarintThatNeverEndsIsCorruptData() {
        byte[] endless = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(endless));
        assertThrows(IOException.class, () -> PackBuffer.readVarInt(in));
    }

    @Test
    void linesWiderThanAOneByteVarintSurvivePacking() {
        Terminal terminal = new Terminal(300, 3, 5000, bytes -> { });
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < 2000; n++) {
            out.append("\033[").append(31 + n % 7).append('m').append(("row " + n + " ").repeat(20)).append("\033[0m\r\n");
        }
        terminal.feed(out.toString().getBytes(StandardCharsets.UTF_8));
        Screen screen = terminal.screen();
        screen.packHistory();
        for (int n = 0; n < screen.historySize(); n++) {
            Line line = screen.historyLine(n);
            assertEquals(("row " + n + " ").repeat(20).stripTrailing(), line.plainText(), "line " + n);
            assertEquals(300, line.columns());
        }
    }
}
