package dev.mux.server.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How tmux 3.4 makes a message safe for a control client's {@code %message} line: whole UTF-8
 * characters, printable ASCII, space, tab, newline and the backslash pass as they are; a {@code $}
 * that would start a variable ({@code $NAME}, {@code ${}) gets a backslash; other control bytes
 * take their C escape ({@code \r}, {@code \b}, {@code \a}, {@code \v}, {@code \f}, {@code \0}) and
 * anything else three octal digits.
 */
final class MessageEscaping {
    private MessageEscaping() {}

    static String escape(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xff : 0;
            if (b >= 0x80) {
                // Java's encoder made only whole characters: each passes as it is.
                out.write(b);
            } else if (b == '$') {
                boolean startsVariable = next < 0x80 && Character.isLetter(next) || next == '_' || next == '{';
                if (startsVariable) out.write('\\');
                out.write('$');
            } else if (b >= 0x20 && b < 0x7f || b == '\t' || b == '\n') {
                out.write(b);
            } else {
                out.writeBytes(cStyle(b, next).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String cStyle(int b, int next) {
        return switch (b) {
            case '\r' -> "\\r";
            case '\b' -> "\\b";
            case 0x07 -> "\\a";
            case 0x0b -> "\\v";
            case '\f' -> "\\f";
            case 0 -> next >= '0' && next <= '7' ? "\\000" : "\\0";
            default -> String.format("\\%03o", b);
        };
    }
}
