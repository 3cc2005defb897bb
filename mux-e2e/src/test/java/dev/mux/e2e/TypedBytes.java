package dev.mux.e2e;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Raw bytes typed into an outer terminal, and bytes a program read, shown readably. */
final class TypedBytes {
    private TypedBytes() {}

    /** send-keys -H and each byte of {@code text} in hexadecimal. */
    static String[] hexArguments(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        String[] args = new String[bytes.length + 1];
        args[0] = "-H";
        for (int i = 0; i < bytes.length; i++) args[i + 1] = HexFormat.of().toHexDigits(bytes[i]);
        return args;
    }

    /** Control characters as ^X, so that a failure shows what differs. */
    static String visible(String bytes) {
        StringBuilder out = new StringBuilder();
        for (char c : bytes.toCharArray()) {
            if (c < 32 || c == 127) out.append('^').append((char) (c ^ 64));
            else out.append(c);
        }
        return out.toString();
    }
}
