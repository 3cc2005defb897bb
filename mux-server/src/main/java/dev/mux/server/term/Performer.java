package dev.mux.server.term;

/**
 * What the {@link Parser} found in a byte stream, with no meaning attached. Intermediates are
 * packed into an int, first byte in the high position: {@code CSI ? 25 h} has intermediates
 * {@code '?'}, {@code CSI ? 1 $ p} has {@code '?' << 8 | '$'}, {@code ESC ( 0} has {@code '('}.
 * {@code ignore} is true when the sequence had more parameters or intermediates than the parser
 * keeps; such sequences are best not acted on.
 */
public interface Performer {
    /** A printable character, already decoded from UTF-8. */
    void print(int codePoint);

    /**
     * Printable ASCII (0x20 to 0x7e) in {@code data[from, to)}: the same as {@link #print} of each
     * byte in turn, which a performer may do faster for the whole run.
     */
    default void printAscii(byte[] data, int from, int to) {
        for (int index = from; index < to; index++) {
            print(data[index]);
        }
    }

    /** A C0 control byte (0x00-0x1f) other than ESC, CAN and SUB. */
    void execute(int controlByte);

    void csiDispatch(Params params, int intermediates, boolean ignore, int finalByte);

    void escDispatch(int intermediates, boolean ignore, int finalByte);

    /** An operating system command; the payload is the raw bytes between {@code ESC ]} and the terminator. */
    void oscDispatch(byte[] payload, int length);

    /**
     * The window name a program asked for with {@code ESC k name ESC \} (screen's sequence, which
     * tmux keeps): the raw bytes, printable ones only. Most performers have no window to name.
     */
    default void renameDispatch(byte[] payload, int length) {
    }

    /** The start of a device control string; its data follows through {@link #put} until {@link #unhook}. */
    void hook(Params params, int intermediates, boolean ignore, int finalByte);

    void put(int dataByte);

    void unhook();
}
