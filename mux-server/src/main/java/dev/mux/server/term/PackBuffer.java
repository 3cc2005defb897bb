package dev.mux.server.term;

import java.io.DataInput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The bytes of history lines being packed ({@link PackedLines}), in the big-endian layout a
 * {@link java.io.DataInput} reads back, and counts and columns as varints ({@link #readVarInt}):
 * most are below 128 and then take one byte, where deflate would otherwise be fed three zeros. Written to directly rather than through a
 * {@link java.io.DataOutputStream}: that one turns an int into four calls through an
 * {@link java.io.OutputStream}, and packing every line that scrolls off was most of the server's
 * own time while `seq` filled a pane.
 */
final class PackBuffer {
    private byte[] buffer;
    private int size;

    PackBuffer(int capacity) {
        buffer = new byte[Math.max(16, capacity)];
    }

    byte[] buffer() {
        return buffer;
    }

    int size() {
        return size;
    }

    void writeByte(int value) {
        room(1);
        buffer[size++] = (byte) value;
    }

    void writeInt(int value) {
        room(4);
        buffer[size] = (byte) (value >>> 24);
        buffer[size + 1] = (byte) (value >>> 16);
        buffer[size + 2] = (byte) (value >>> 8);
        buffer[size + 3] = (byte) value;
        size += 4;
    }

    /** A non-negative int in 7-bit groups, lowest first, the high bit of each byte saying another follows. */
    void writeVarInt(int value) {
        room(5);
        while ((value & ~0x7f) != 0) {
            buffer[size++] = (byte) (value & 0x7f | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    /** Reads back what {@link #writeVarInt} wrote. */
    static int readVarInt(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new IOException("varint longer than five bytes");
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    void write(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /** Its length as a varint, then its chars, as {@link #readVarInt} and {@link DataInput#readChar} take them. */
    void writeString(String text) {
        writeVarInt(text.length());
        room(2 * text.length());
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            buffer[size++] = (byte) (c >>> 8);
            buffer[size++] = (byte) c;
        }
    }

    private void room(int bytes) {
        if (size + bytes > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
    }
}
