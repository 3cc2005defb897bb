package dev.mux.server.control;

import java.io.ByteArrayOutputStream;

/**
 * How pane output travels in a control line, as tmux writes it: each byte below a space, and the
 * backslash, as a backslash and three octal digits; every other byte as it is (UTF-8 passes whole).
 */
final class OutputEscaping {
    private OutputEscaping() {}

    static void escape(byte[] bytes, int length, ByteArrayOutputStream out) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b < ' ' || b == '\\') {
                out.write('\\');
                out.write('0' + (b >> 6));
                out.write('0' + ((b >> 3) & 7));
                out.write('0' + (b & 7));
            } else {
                out.write(b);
            }
        }
    }
}
