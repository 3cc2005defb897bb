package dev.mux.server.outer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a compiled terminfo entry (term(5)): the legacy format (magic 0432, 16-bit numbers) and
 * ncurses 6's (01036, 32-bit numbers), with the extended section that holds the names tmux relies
 * on (Tc, RGB, Ms, Ss, Cs, Smulx, Sync, ...). Absent and cancelled capabilities are left out.
 */
final class CompiledTerminfo {
    private static final int MAGIC_16BIT = 0432;
    private static final int MAGIC_32BIT = 01036;

    private final ByteBuffer in;
    private final int numberSize;

    private CompiledTerminfo(byte[] data) {
        in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int magic = in.getShort() & 0xffff;
        if (magic == MAGIC_16BIT) {
            numberSize = 2;
        } else if (magic == MAGIC_32BIT) {
            numberSize = 4;
        } else {
            throw new IllegalArgumentException("not a compiled terminfo entry");
        }
    }

    /**
     * The capabilities of the entry in {@code data}.
     *
     * @throws IllegalArgumentException if the data is not a whole compiled entry
     */
    static Capabilities parse(byte[] data) {
        try {
            return new CompiledTerminfo(data).read();
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated terminfo entry", e);
        }
    }

    private Capabilities read() {
        int namesSize = count();
        int booleans = count();
        int numbers = count();
        int strings = count();
        int tableSize = count();
        Capabilities caps = new Capabilities();
        skip(namesSize);
        for (int i = 0; i < booleans; i++) {
            if (in.get() == 1 && i < CapabilityNames.BOOLEANS.size()) caps.setFlag(CapabilityNames.BOOLEANS.get(i));
        }
        alignEven();
        for (int i = 0; i < numbers; i++) {
            int value = number();
            if (value >= 0 && i < CapabilityNames.NUMBERS.size()) caps.setNumber(CapabilityNames.NUMBERS.get(i), value);
        }
        int[] offsets = offsets(strings);
        byte[] table = bytes(tableSize);
        for (int i = 0; i < strings && i < CapabilityNames.STRINGS.size(); i++) {
            if (offsets[i] >= 0) caps.setString(CapabilityNames.STRINGS.get(i), text(table, offsets[i]));
        }
        alignEven();
        if (in.remaining() >= 10) readExtended(caps);
        return caps;
    }

    /** The extended section: its values first, then the names of every extended capability, in the same order. */
    private void readExtended(Capabilities caps) {
        int booleans = count();
        int numbers = count();
        int strings = count();
        count(); // the number of items in the table (values and names); the names' count follows from the others
        int tableSize = count();
        boolean[] flags = new boolean[booleans];
        for (int i = 0; i < booleans; i++) flags[i] = in.get() == 1;
        alignEven();
        int[] values = new int[numbers];
        for (int i = 0; i < numbers; i++) values[i] = number();
        int[] valueOffsets = offsets(strings);
        int[] nameOffsets = offsets(booleans + numbers + strings);
        byte[] table = bytes(tableSize);
        // The names start after the last string value.
        int namesStart = 0;
        for (int offset : valueOffsets) {
            if (offset >= 0) namesStart = Math.max(namesStart, offset + text(table, offset).length() + 1);
        }
        String[] names = new String[nameOffsets.length];
        for (int i = 0; i < names.length; i++) names[i] = text(table, namesStart + nameOffsets[i]);
        for (int i = 0; i < booleans; i++) {
            if (flags[i]) caps.setFlag(names[i]);
        }
        for (int i = 0; i < numbers; i++) {
            if (values[i] >= 0) caps.setNumber(names[booleans + i], values[i]);
        }
        for (int i = 0; i < strings; i++) {
            if (valueOffsets[i] >= 0) caps.setString(names[booleans + numbers + i], text(table, valueOffsets[i]));
        }
    }

    private int count() {
        int value = in.getShort();
        if (value < 0) throw new IllegalArgumentException("bad count in terminfo entry");
        return value;
    }

    private int number() {
        return numberSize == 2 ? in.getShort() : in.getInt();
    }

    private int[] offsets(int count) {
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) offsets[i] = in.getShort();
        return offsets;
    }

    private byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        in.get(bytes);
        return bytes;
    }

    private void skip(int size) {
        in.position(in.position() + size);
    }

    private void alignEven() {
        if ((in.position() & 1) != 0 && in.hasRemaining()) in.get();
    }

    /** The NUL-ended string at {@code offset}, bytes as ISO-8859-1 chars (terminfo strings are bytes). */
    private static String text(byte[] table, int offset) {
        if (offset >= table.length) throw new IllegalArgumentException("string offset past the table");
        int end = offset;
        while (end < table.length && table[end] != 0) end++;
        return new String(table, offset, end - offset, StandardCharsets.ISO_8859_1);
    }
}
